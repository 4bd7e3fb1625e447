using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Events.Api.Model;
using Events.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Events.Api.Tests.Support.EventsClient;

namespace Events.Api.Tests;

/// <summary>
/// Every time an Events endpoint takes (start, end, registrationDeadline in POST and PUT bodies;
/// the from and to filters) in every offset: the same instant is stored and found, and responses
/// state it in Europe/Berlin time.
/// </summary>
public sealed class EventTimesTests(EventsServiceFixture fixture) : IClassFixture<EventsServiceFixture>
{
    public static readonly string[] Fields = ["start", "end", "registrationDeadline"];

    public static IEnumerable<object[]> FieldCases =>
        from name in Fields from notation in TimeNotation.All select new object[] { name, notation };

    public static IEnumerable<object[]> InvalidCases =>
        from name in Fields from text in TimeNotation.Invalid select new object[] { name, text };

    [Theory]
    [MemberData(nameof(FieldCases))]
    public async Task Create_TimeInAnyOffset_StoresTheInstantAndAnswersInBerlinTime(string field, TimeNotation notation)
    {
        var response = await fixture.Coordinator().PostAsJsonAsync("/api/events", Body(field, notation));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await AssertStoredAndAnsweredAsync(response, field, notation);
    }

    [Theory]
    [MemberData(nameof(FieldCases))]
    public async Task Update_TimeInAnyOffset_StoresTheInstantAndAnswersInBerlinTime(string field, TimeNotation notation)
    {
        var created = await fixture.Coordinator().CreateEventAsync(NewEvent());
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/events/{created.Id}") { Content = JsonContent.Create(Body(field, notation)) };
        put.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        var response = await fixture.Coordinator().SendAsync(put);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertStoredAndAnsweredAsync(response, field, notation);
    }

    [Theory]
    [MemberData(nameof(TimeNotation.Cases), MemberType = typeof(TimeNotation))]
    public async Task List_FromAndToInAnyOffset_FilterAtTheInstant(TimeNotation notation)
    {
        // Events one second either side of the instant: a filter read an hour off in either direction lets the wrong one through.
        var at = notation.Instant;
        var startsAt = await CreateAsync(at, at.AddHours(1));
        var startsAfter = await CreateAsync(at.AddSeconds(1), at.AddHours(1));
        var endsAt = await CreateAsync(at.AddHours(-1), at);
        var endsBefore = await CreateAsync(at.AddHours(-1), at.AddSeconds(-1));
        var text = Uri.EscapeDataString(notation.Text);

        var untilInstant = await fixture.Coordinator("sassenberg").ListEventsAsync($"?municipality=sassenberg&pageSize=100&to={text}");
        var fromInstant = await fixture.Coordinator("sassenberg").ListEventsAsync($"?municipality=sassenberg&pageSize=100&from={text}");

        Assert.Contains(startsAt, untilInstant.Items.Select(e => e.Id));
        Assert.DoesNotContain(startsAfter, untilInstant.Items.Select(e => e.Id));
        Assert.Contains(endsAt, fromInstant.Items.Select(e => e.Id));
        Assert.DoesNotContain(endsBefore, fromInstant.Items.Select(e => e.Id));
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public async Task Create_InvalidTime_Returns400NamingTheField(string field, string text)
    {
        var body = Body(field, TimeNotation.All[0]);
        body[field] = text;

        var response = await fixture.Coordinator().PostAsJsonAsync("/api/events", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}: {problem}");
    }

    [Theory]
    [InlineData("from")]
    [InlineData("to")]
    public async Task List_InvalidFilterTime_Returns400NamingTheField(string field)
    {
        foreach (var text in TimeNotation.Invalid.Where(t => t.Length > 0))
        {
            var response = await fixture.Coordinator().GetAsync($"/api/events?{field}={Uri.EscapeDataString(text)}");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty(field, out _), text);
        }
    }

    /// <summary>An event whose <paramref name="field"/> is written as <paramref name="notation"/>, the other times in UTC around it.</summary>
    private static JsonObject Body(string field, TimeNotation notation)
    {
        var at = notation.Instant;
        var (start, end, deadline) = field switch
        {
            "start" => (at, at.AddHours(2), at.AddDays(-1)),
            "end" => (at.AddHours(-2), at, at.AddDays(-1)),
            _ => (at.AddDays(1), at.AddDays(1).AddHours(2), at),
        };
        var body = JsonSerializer.SerializeToNode(NewEvent(), Json)!.AsObject();
        body["start"] = Utc(start);
        body["end"] = Utc(end);
        body["registrationDeadline"] = Utc(deadline);
        body[field] = notation.Text;
        return body;
    }

    private async Task AssertStoredAndAnsweredAsync(HttpResponseMessage response, string field, TimeNotation notation)
    {
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var answered = DateTimeOffset.Parse(answer.GetProperty(field).GetString()!);
        Assert.Equal(notation.Instant, answered);
        Assert.Equal(BerlinTime.Zone.GetUtcOffset(notation.Instant), answered.Offset);

        var id = answer.GetProperty("id").GetGuid();
        var stored = await fixture.WithDbAsync(db => db.Events.AsNoTracking().SingleAsync(e => e.Id == id));
        var storedTime = field switch { "start" => stored.Start, "end" => stored.End, _ => stored.RegistrationDeadline!.Value };
        Assert.Equal(notation.Instant.UtcDateTime, storedTime.UtcDateTime);
    }

    private async Task<Guid> CreateAsync(DateTimeOffset start, DateTimeOffset end) =>
        (await fixture.Coordinator("sassenberg").CreateEventAsync(NewEvent("sassenberg", start: start) with { End = end })).Id;

    private static string Utc(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");
}
