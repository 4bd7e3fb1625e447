using System.Net;
using System.Net.Http.Json;
using Contracts;
using Contracts.Offers;
using Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Offers.Api.Apis;
using Offers.Api.Infrastructure;
using Offers.Api.Model;
using Offers.Api.Tests.Support;
using static Offers.Api.Tests.Support.OfferClient;

namespace Offers.Api.Tests;

/// <summary>
/// Many requests on one offer at the same moment, against real PostgreSQL: every answer is 200,
/// 409 or 412, never 500; the offer ends in one consistent state; the outbox holds exactly one
/// integration event per state change that really happened.
/// </summary>
public sealed class OfferConcurrencyTests(OffersFixture fixture) : IClassFixture<OffersFixture>
{
    private const int Requests = 10;

    private HttpClient Coordinator() => fixture.Factory.CreateClientFor("coordinator", "coord-oelde", "oelde");

    [Fact]
    public async Task Publish_TenAtOnceOfOneDraft_OneIs200TheOthers409AndOneOfferPublishedIsEnqueued()
    {
        var offer = await CreateAsync(Coordinator(), ValidRequest("oelde"));

        var statuses = await Concurrently.RunAsync(Requests, _ => StatusOfAsync(Coordinator().PostAsync($"/api/offers/{offer.Id}/publish", null)));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.All(statuses.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.Conflict, s));
        var stored = await StoredAsync(offer.Id);
        Assert.Equal((OfferStatus.Published, 2L), (stored.Status, stored.Version));
        Assert.Equal(1, await OutboxCountAsync<OfferPublishedIntegrationEvent>(offer.Id));
    }

    [Fact]
    public async Task Archive_TenAtOnceOfOnePublished_OneIs200TheOthers409AndOneOfferArchivedIsEnqueued()
    {
        var offer = await CreatePublishedAsync(Coordinator(), ValidRequest("oelde"));

        var statuses = await Concurrently.RunAsync(Requests, _ => StatusOfAsync(Coordinator().PostAsync($"/api/offers/{offer.Id}/archive", null)));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.All(statuses.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.Conflict, s));
        Assert.Equal((OfferStatus.Archived, 3L), ((await StoredAsync(offer.Id)).Status, (await StoredAsync(offer.Id)).Version));
        Assert.Equal(1, await OutboxCountAsync<OfferArchivedIntegrationEvent>(offer.Id));
    }

    [Fact]
    public async Task PublishAndArchive_AtOnceOnOneDraft_EndConsistentWithOneEventPerChange()
    {
        var offer = await CreateAsync(Coordinator(), ValidRequest("oelde"));

        var results = await Concurrently.RunAsync(Requests, i =>
            WithActionAsync(i % 2 == 0 ? "publish" : "archive", Coordinator().PostAsync($"/api/offers/{offer.Id}/{(i % 2 == 0 ? "publish" : "archive")}", null)));

        Assert.All(results, r => Assert.Contains(r.Status, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var published = results.Count(r => r is ("publish", HttpStatusCode.OK));
        var archived = results.Count(r => r is ("archive", HttpStatusCode.OK));
        Assert.Equal(1, archived); // an archive always succeeds once: from the draft, or from the offer just published
        Assert.InRange(published, 0, 1);
        var stored = await StoredAsync(offer.Id);
        Assert.Equal((OfferStatus.Archived, 1L + published + archived), (stored.Status, stored.Version));
        Assert.Equal(published, await OutboxCountAsync<OfferPublishedIntegrationEvent>(offer.Id));
        Assert.Equal(archived, await OutboxCountAsync<OfferArchivedIntegrationEvent>(offer.Id));
    }

    [Fact]
    public async Task UpdateAndPublish_AtOnceOnOneDraft_PublishWinsOnceAndUpdatesAre200Or412()
    {
        var offer = await CreateAsync(Coordinator(), ValidRequest("oelde"));

        var results = await Concurrently.RunAsync(Requests, i => i % 2 == 0
            ? WithActionAsync("publish", Coordinator().PostAsync($"/api/offers/{offer.Id}/publish", null))
            : WithActionAsync("update", Coordinator().SendAsync(Put(offer.Id, ValidRequest("oelde", $"Fassung {i}"), "\"1\""))));

        Assert.Equal(1, results.Count(r => r is ("publish", HttpStatusCode.OK)));
        Assert.All(results.Where(r => r.Action == "publish"), r => Assert.Contains(r.Status, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var updated = results.Count(r => r is ("update", HttpStatusCode.OK));
        Assert.InRange(updated, 0, 1);
        Assert.All(results.Where(r => r is ("update", not HttpStatusCode.OK)), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.Status));
        var stored = await StoredAsync(offer.Id);
        Assert.Equal((OfferStatus.Published, 2L + updated), (stored.Status, stored.Version));
        Assert.Equal(1, await OutboxCountAsync<OfferPublishedIntegrationEvent>(offer.Id));
    }

    private static HttpRequestMessage Put(Guid id, OfferRequest request, string ifMatch)
    {
        var message = new HttpRequestMessage(HttpMethod.Put, $"/api/offers/{id}") { Content = JsonContent.Create(request, options: Json) };
        message.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return message;
    }

    private static async Task<HttpStatusCode> StatusOfAsync(Task<HttpResponseMessage> request) => (await request).StatusCode;

    private static async Task<(string Action, HttpStatusCode Status)> WithActionAsync(string action, Task<HttpResponseMessage> request) =>
        (action, (await request).StatusCode);

    private async Task<Offer> StoredAsync(Guid id)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OffersDbContext>().Offers.AsNoTracking().SingleAsync(o => o.Id == id);
    }

    private async Task<int> OutboxCountAsync<TEvent>(Guid offerId)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var type = IntegrationEventTypes.NameOf(typeof(TEvent));
        var id = offerId.ToString();
        var payloads = await scope.ServiceProvider.GetRequiredService<OffersDbContext>().Set<OutboxMessage>()
            .Where(m => m.MessageType == type).Select(m => m.Payload).ToListAsync();
        return payloads.Count(p => p.Contains(id, StringComparison.Ordinal));
    }
}
