using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace EndToEnd;

/// <summary>Every endpoint of api.md × every caller, through the gateway against the real services.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AuthorizationMatrixTests(PlatformFixture platform, ITestOutputHelper output)
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var row in AuthorizationMatrix.Rows)
        {
            foreach (var caller in Callers.All.Where(row.Expected.ContainsKey))
            {
                cases.Add(row.Name, caller);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task CallEndpoint_AsCaller_AnswersTheStatusOfApiMd(string endpoint, string caller)
    {
        var row = AuthorizationMatrix.Rows.Single(r => r.Name == endpoint);
        using var request = platform.Request(caller, row.Method, row.Path(platform), row.Body?.Invoke(platform));
        foreach (var (name, value) in row.Headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (row.TokenOverride is not null && await row.TokenOverride(platform, caller) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await platform.Gateway.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        output.WriteLine($"{row.Method} {request.RequestUri} as {caller}: {(int)response.StatusCode}\n{body}");

        Assert.True(row.Expected[caller].Contains((int)response.StatusCode),
            $"{endpoint} as {caller}: expected {string.Join(" or ", row.Expected[caller])}, got {(int)response.StatusCode}: {body}");
        if ((int)response.StatusCode >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task ListVolunteers_CoordinatorOfOtherMunicipality_SeesOnlyOwnVolunteers()
    {
        using var response = await platform.SendAsync(Callers.OtherCoordinator, HttpMethod.Get, "/api/volunteers?pageSize=100");

        var ids = await IdsAsync(response, "items");
        Assert.Contains(platform.VolunteerBId, ids);
        Assert.DoesNotContain(platform.VolunteerAId, ids);
    }

    [Fact]
    public async Task Matches_CoordinatorOfOtherMunicipality_RanksNoForeignVolunteers()
    {
        using var response = await platform.SendAsync(Callers.OtherCoordinator, HttpMethod.Get,
            $"/api/volunteers/matches?offerId={platform.PublishedOfferId}&limit=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(platform.VolunteerAId.ToString(), await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Export_OtherVolunteer_ContainsOnlyTheirOwnData()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/volunteers/me/export");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", platform.VolunteerBToken);

        using var response = await platform.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(platform.VolunteerBId, export.GetProperty("profile").GetProperty("id").GetGuid());
        var text = export.GetRawText();
        Assert.DoesNotContain(platform.VolunteerAId.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(platform.TrainingId.ToString(), text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(Callers.Anonymous)]
    [InlineData(Callers.Partner)]
    public async Task ReadPersonalData_WithoutSignIn_IsUnauthorizedAndRevealsNoName(string caller)
    {
        foreach (var path in new[] { "/api/volunteers", $"/api/volunteers/{platform.VolunteerAId}", "/api/volunteers/me", "/api/volunteers/me/export" })
        {
            using var response = await platform.SendAsync(caller, HttpMethod.Get, path);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.DoesNotContain("Anna", body, StringComparison.Ordinal);
            Assert.DoesNotContain("@example.org", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EventRegistrations_Volunteer_IsForbiddenEvenForOwnEvent()
    {
        using var response = await platform.SendAsync(Callers.Volunteer, HttpMethod.Get, $"/api/events/{platform.TrainingId}/registrations");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Anna", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Callers.Anonymous)]
    [InlineData(Callers.Partner)]
    [InlineData(Callers.Volunteer)]
    [InlineData(Callers.OtherProvider)]
    [InlineData(Callers.OtherCoordinator)]
    public async Task ListOffers_CallerWhoMayNotEditThem_ListsNoDraftOrArchivedOffer(string caller)
    {
        using var response = await platform.SendAsync(caller, HttpMethod.Get, "/api/offers?municipality=warendorf&pageSize=100");

        var ids = await IdsAsync(response, "items");
        Assert.Contains(platform.PublishedOfferId, ids);
        Assert.DoesNotContain(platform.DraftOfferId, ids);
        Assert.DoesNotContain(platform.ArchivedOfferId, ids);
    }

    [Theory]
    [InlineData(Callers.Anonymous, false)]
    [InlineData(Callers.Partner, false)]
    [InlineData(Callers.Provider, false)]
    [InlineData(Callers.Volunteer, true)]
    [InlineData(Callers.OtherCoordinator, true)]
    public async Task ListEvents_ByAudience_ShowsVolunteerTrainingOnlyToVolunteersAndCoordinators(string caller, bool visible)
    {
        using var response = await platform.SendAsync(caller, HttpMethod.Get, "/api/events?municipality=warendorf&pageSize=100");

        var ids = await IdsAsync(response, "items");
        Assert.Contains(platform.CancelledEventId, ids);
        Assert.Equal(visible, ids.Contains(platform.TrainingId));
    }

    [Fact]
    public async Task Calendar_Anonymous_ContainsNoVolunteerOnlyEvent()
    {
        using var response = await platform.SendAsync(Callers.Anonymous, HttpMethod.Get, "/api/events/calendar.ics?municipality=warendorf");
        var calendar = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(platform.CancelledEventId.ToString(), calendar, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(platform.TrainingId.ToString(), calendar, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<List<Guid>> IdsAsync(HttpResponseMessage response, string property)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. json.GetProperty(property).EnumerateArray().Select(e => e.GetProperty("id").GetGuid())];
    }
}
