using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace EndToEnd;

/// <summary>Request bodies at the edge: over 256 KB (with or without a length) is 413, not JSON is 415.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RequestLimitsTests(PlatformFixture platform, ITestOutputHelper output) : IDisposable
{
    [Fact]
    public async Task PostOffer_BodyOf300Kilobytes_Is413Problem()
    {
        var json = JsonSerializer.Serialize(new { title = "x", description = new string('a', 300 * 1024) });
        using var request = platform.Request(Callers.Provider, HttpMethod.Post, "/api/offers");
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        // As a careful client sends a large body: the gateway refuses it by its length before a
        // byte of it is sent. Without this the client may still be writing when the refusal
        // arrives and the connection closes (a reset instead of the answer).
        request.Headers.ExpectContinue = true;

        using var response = await OwnConnection().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        ProblemAssertions.AssertWithoutInternals(platform, response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostOffer_ChunkedBodyOf300KilobytesWithoutLength_Is413Problem()
    {
        using var response = await SendOversizedChunkedAsync(Callers.Provider);
        var body = await response.Content.ReadAsStringAsync();
        output.WriteLine($"{(int)response.StatusCode} {body}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        ProblemAssertions.AssertWithoutInternals(platform, response, body);
    }

    [Fact]
    public async Task OversizedChunkedBodies_ManyInARow_DoNotMarkTheServiceUnhealthy()
    {
        // Client errors must not count as the service's transport failures (passive health checks),
        // or anyone could switch a service off for everybody.
        for (var i = 0; i < 30; i++)
        {
            using var rejected = await SendOversizedChunkedAsync(Callers.Anonymous);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, rejected.StatusCode);
        }

        using var response = await platform.SendAsync(Callers.Anonymous, HttpMethod.Get, "/api/offers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostOffer_TextPlainBody_Is415Problem()
    {
        using var request = platform.Request(Callers.Provider, HttpMethod.Post, "/api/offers");
        request.Content = new StringContent("{\"title\": \"Sprachcafé\"}", Encoding.UTF8, "text/plain");

        using var response = await platform.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        ProblemAssertions.AssertWithoutInternals(platform, response, await response.Content.ReadAsStringAsync());
    }

    // An oversized upload ends with the gateway closing the connection; a client of its own keeps
    // that from ever touching the connections the other tests share.
    private HttpClient OwnConnection() => _ownClient ??= new HttpClient { BaseAddress = platform.Gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    private HttpClient? _ownClient;

    public void Dispose() => _ownClient?.Dispose();

    /// <summary>
    /// 300 KB sent chunked (no Content-Length). The gateway answers 413 and closes the connection
    /// as soon as the limit is passed, so the upload of the rest may break (a broken pipe before
    /// the answer is read): that is the limit working, so such an attempt is repeated.
    /// </summary>
    private async Task<HttpResponseMessage> SendOversizedChunkedAsync(string caller)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new { title = "x", description = new string('a', 300 * 1024) });
        for (var attempt = 1; ; attempt++)
        {
            using var request = platform.Request(caller, HttpMethod.Post, "/api/offers");
            request.Content = new StreamContent(new UnseekableStream(json));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.TransferEncodingChunked = true;
            try
            {
                return await OwnConnection().SendAsync(request);
            }
            catch (HttpRequestException) when (attempt < 10)
            {
                output.WriteLine($"attempt {attempt}: the upload broke off before the answer was read");
            }
        }
    }
}
