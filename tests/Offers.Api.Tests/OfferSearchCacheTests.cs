using TestInfrastructure;
using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Offers.Api.Apis;
using Offers.Api.Search;
using Offers.Api.Tests.Support;
using static Offers.Api.Tests.Support.OfferClient;

namespace Offers.Api.Tests;

/// <summary>
/// The search cache answers repeated searches from memory, and never with a catalogue older than
/// the last committed change: through the API, or written straight into the database.
/// </summary>
public sealed class OfferSearchCacheTests(OffersFixture fixture) : IClassFixture<OffersFixture>, IDisposable
{
    private readonly MeterRecorder _lookups = new(OfferSearchCache.MeterName, OfferSearchCache.LookupsInstrument, "outcome",
        fixture.Factory.Services.GetRequiredService<IMeterFactory>());

    private HttpClient Anonymous() => fixture.Factory.CreateAnonymousClient();

    private HttpClient Admin() => fixture.Factory.CreateClientFor("admin", "cache-admin");

    [Fact]
    public async Task SameSearchTwice_SecondIsAnsweredFromMemory()
    {
        await CreatePublishedAsync(Admin(), ValidRequest("sendenhorst", "Nähcafé Sendenhorst"));
        var query = "q=Nähcafé&municipality=sendenhorst";

        var first = await SearchAsync(Anonymous(), query);
        var second = await SearchAsync(Anonymous(), query);

        Assert.Equal(["miss", "hit"], _lookups.Values);
        Assert.Equal(first.Items.Select(o => o.Id), second.Items.Select(o => o.Id));
        Assert.Equal(first.Total, second.Total);
    }

    [Fact]
    public async Task OtherPageLanguageOrFilter_IsNotTakenForTheCachedOne()
    {
        await CreatePublishedAsync(Admin(), ValidRequest("drensteinfurt", "Sprachtreff Drensteinfurt"));
        var german = await SearchAsync(Anonymous(), "municipality=drensteinfurt");

        var english = await SearchAsync(Anonymous(), "municipality=drensteinfurt&lang=en");
        var secondPage = await SearchAsync(Anonymous(), "municipality=drensteinfurt&page=2");
        var otherCategory = await SearchAsync(Anonymous(), "municipality=drensteinfurt&category=legal");

        Assert.Equal(["miss", "miss", "miss", "miss"], _lookups.Values);
        Assert.Equal("Sprachtreff Drensteinfurt", Assert.Single(german.Items).Title);
        Assert.Equal("German course for adults", Assert.Single(english.Items).Title);
        Assert.Empty(secondPage.Items);
        Assert.Empty(otherCategory.Items);
    }

    [Fact]
    public async Task PublishUpdateArchive_ShowInTheNextSearchAtOnce()
    {
        var admin = Admin();
        var query = "municipality=everswinkel";
        Assert.Empty((await SearchAsync(Anonymous(), query)).Items);
        Assert.Empty((await SearchAsync(Anonymous(), query)).Items); // now cached

        var offer = await CreatePublishedAsync(admin, ValidRequest("everswinkel", "Fahrradkurs Everswinkel"));
        Assert.Equal("Fahrradkurs Everswinkel", Assert.Single((await SearchAsync(Anonymous(), query)).Items).Title);

        using var update = new HttpRequestMessage(HttpMethod.Put, $"/api/offers/{offer.Id}")
        {
            Content = JsonContent.Create(ValidRequest("everswinkel", "Fahrradkurs für Frauen"), options: Json),
        };
        update.Headers.TryAddWithoutValidation("If-Match", $"\"{offer.Version}\"");
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(update)).StatusCode);
        Assert.Equal("Fahrradkurs für Frauen", Assert.Single((await SearchAsync(Anonymous(), query)).Items).Title);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/offers/{offer.Id}/archive", null)).StatusCode);
        var afterArchive = await SearchAsync(Anonymous(), query);
        Assert.Empty(afterArchive.Items);
        Assert.Equal(0, afterArchive.Total);
    }

    [Fact]
    public async Task ChangeWrittenStraightIntoTheDatabase_IsSeenByTheNextSearch()
    {
        var offer = await CreatePublishedAsync(Admin(), ValidRequest("wadersloh", "Hausaufgabenhilfe Wadersloh"));
        var query = "municipality=wadersloh";
        Assert.Equal("Hausaufgabenhilfe Wadersloh", Assert.Single((await SearchAsync(Anonymous(), query)).Items).Title);
        Assert.Equal("hit", (await SearchAgainAsync(query)).Outcome);

        await using (var connection = new NpgsqlConnection(fixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("UPDATE offers SET title = 'Lernhilfe Wadersloh' WHERE id = @id", connection);
            command.Parameters.AddWithValue("id", offer.Id);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var (result, outcome) = await SearchAgainAsync(query);
        Assert.Equal("miss", outcome);
        Assert.Equal("Lernhilfe Wadersloh", Assert.Single(result.Items).Title);
    }

    [Fact]
    public async Task NoCacheRequestHeader_SearchesTheDatabase()
    {
        await CreatePublishedAsync(Admin(), ValidRequest("ennigerloh", "Frauencafé Ennigerloh"));
        await SearchAsync(Anonymous(), "municipality=ennigerloh");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/offers?municipality=ennigerloh");
        request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        var response = await Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Frauencafé Ennigerloh", Assert.Single((await response.ReadAsync<ServiceDefaults.Api.PagedResult<OfferResponse>>()).Items).Title);
        Assert.Equal(["miss", "bypass"], _lookups.Values);
    }

    private async Task<(ServiceDefaults.Api.PagedResult<OfferResponse> Result, string Outcome)> SearchAgainAsync(string query)
    {
        var before = _lookups.Values.Count;
        var result = await SearchAsync(Anonymous(), query);
        return (result, Assert.Single(_lookups.Values.Skip(before)));
    }

    public void Dispose() => _lookups.Dispose();
}
