using System.Net;
using WebApp.Gateway;

namespace WebApp.Tests.Gateway;

public sealed class GatewayResponsesTests
{
    private const string ValidationProblem = """
        { "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "The request is invalid.", "status": 400,
          "errors": { "address.postalCode": ["postalCode must have 5 digits."], "schedule[0].end": ["end must be after start."], "title": ["title is required."] },
          "traceId": "abc" }
        """;

    [Fact]
    public async Task Read_ValidationProblem_KeepsEveryFieldMessage()
    {
        var result = await ReadAsync<Offer>(StubGateway.Json(HttpStatusCode.BadRequest, ValidationProblem, "application/problem+json"));

        Assert.False(result.Succeeded);
        Assert.Equal(400, result.Problem!.Status);
        Assert.Equal(["postalCode must have 5 digits."], result.Problem.ErrorsFor("address.postalCode"));
        Assert.Equal(["end must be after start."], result.Problem.ErrorsFor("schedule"));
        Assert.Equal(["title is required."], result.Problem.ErrorsFor("Title"));
    }

    [Fact]
    public void ErrorsFor_FieldWithSimilarPrefix_TakesOnlyItsOwnAndNested()
    {
        var problem = new ApiProblem(400, null, null, new Dictionary<string, string[]>
        {
            ["address"] = ["needs an address"], ["address.city"] = ["city too long"], ["addressee"] = ["other field"],
        });

        Assert.Equal(["needs an address", "city too long"], problem.ErrorsFor("address"));
        Assert.Equal(["other field"], problem.ErrorsOutside(["address"]));
    }

    [Fact]
    public async Task Read_PreconditionFailed_IsChangedMeanwhile()
    {
        var result = await ReadAsync<Offer>(StubGateway.Json(HttpStatusCode.PreconditionFailed,
            """{ "status": 412, "title": "Precondition Failed", "detail": "If-Match does not match." }""", "application/problem+json"));

        Assert.True(result.Problem!.IsChangedMeanwhile);
    }

    [Fact]
    public async Task Read_ErrorWithoutProblemBody_KeepsTheStatus()
    {
        var result = await ReadAsync<Offer>(StubGateway.Json(HttpStatusCode.BadGateway, "<html>bad gateway</html>", "text/html"));

        Assert.Equal(502, result.Problem!.Status);
        Assert.Empty(result.Problem.Errors);
    }

    [Fact]
    public async Task Read_Success_CarriesTheETag()
    {
        var result = await ReadAsync<ReferenceItem>(StubGateway.Json(HttpStatusCode.OK, """{ "id": "language", "name": "Sprache" }""", etag: "\"7\""));

        Assert.True(result.Succeeded);
        Assert.Equal("language", result.Value!.Id);
        Assert.Equal("\"7\"", result.ETag);
    }

    [Fact]
    public async Task Send_GatewayUnreachable_IsAProblemNotAnException()
    {
        using var http = new HttpClient(new ThrowingHandler()) { BaseAddress = new Uri("http://gateway") };

        var result = await GatewayResponses.SendAsync<Offer>(http, new HttpRequestMessage(HttpMethod.Get, "/api/offers"), CancellationToken.None);

        Assert.Equal(ApiProblem.Unreachable, result.Problem!.Status);
    }

    private static Task<ApiResult<T>> ReadAsync<T>(HttpResponseMessage response) => GatewayResponses.ReadAsync<T>(response, CancellationToken.None);

    private sealed class ThrowingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException("connection refused");
    }
}
