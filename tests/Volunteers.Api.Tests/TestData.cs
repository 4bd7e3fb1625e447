using Contracts.Schedules;
using System.Net.Http.Json;
using Contracts.Offers;
using MassTransit;
using ServiceDefaults.Authentication;

namespace Volunteers.Api.Tests;

internal static class TestData
{
    public static string NewSubject() => "person-" + Guid.NewGuid().ToString("N")[..12];

    public static Dictionary<string, object?> Registration(
        string municipality = "warendorf", object[]? languages = null, string[]? skills = null, object[]? availability = null,
        string firstName = "Amira", string lastName = "Haddad", string email = "amira.haddad@example.org", string? phone = "02581 54-321",
        bool withConsent = true) => new()
    {
        ["firstName"] = firstName,
        ["lastName"] = lastName,
        ["email"] = email,
        ["phone"] = phone,
        ["municipality"] = municipality,
        ["languages"] = languages ?? new object[] { new { code = "ar", level = "native" }, new { code = "de", level = "good" } },
        ["skills"] = skills ?? new[] { "interpreting", "accompaniment" },
        ["availability"] = availability ?? new object[] { new { dayOfWeek = "monday", start = "09:00", end = "12:00" } },
        ["consent"] = withConsent ? new { version = "2025-01", givenAt = DateTimeOffset.UtcNow.AddMinutes(-1) } : null,
    };

    /// <summary>Registers a new volunteer and returns their client and id.</summary>
    public static async Task<(HttpClient Client, Guid Id)> RegisterAsync(VolunteersFixture fixture, Dictionary<string, object?>? body = null)
    {
        var client = fixture.Factory.CreateClientFor(PlatformRoles.Volunteer, NewSubject());
        var response = await client.PostAsJsonAsync("/api/volunteers", body ?? Registration());
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<IdOnly>();
        return (client, created!.Id);
    }

    public static OfferSnapshot Offer(Guid? id = null, long version = 1, string title = "Begleitung zu Behörden", string category = "accompaniment",
        string municipality = "warendorf", string[]? languages = null, int helpersNeeded = 2, WeeklySlot[]? schedule = null) =>
        new(id ?? Guid.NewGuid(), version, title, category, municipality, null, false, languages ?? ["ar"], ["adults"],
            schedule ?? [new WeeklySlot(DayOfWeek.Monday, new TimeOnly(10, 0), new TimeOnly(12, 0))], helpersNeeded);

    /// <summary>Publishes into the service over the real broker, with a chosen MessageId (to test redelivery).</summary>
    public static Task PublishAsync<T>(VolunteersFixture fixture, T message, Guid? messageId = null) where T : class =>
        fixture.Bus.Publish(message, context => context.MessageId = messageId ?? Guid.NewGuid());

    public static async Task PublishOfferAsync(VolunteersFixture fixture, OfferSnapshot offer)
    {
        await PublishAsync(fixture, new OfferPublishedIntegrationEvent(offer, DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync("the expected state", () => fixture.QueryAsync(async db => (await db.KnownOffers.FindAsync(offer.OfferId))?.Version >= offer.Version), TimeSpan.FromSeconds(10));
    }

    public sealed record IdOnly(Guid Id);
}
