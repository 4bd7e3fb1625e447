using Contracts.Offers;
using Microsoft.EntityFrameworkCore;
using Volunteers.Api.Infrastructure;
using Volunteers.Api.Model;

namespace Volunteers.Api.IntegrationEvents;

/// <summary>
/// Applies offer events to the read model. Each event carries the offer's version; only a
/// version newer than the stored one changes the row, so late, older events are ignored.
/// </summary>
internal static class OfferReadModel
{
    public static async Task ApplySnapshotAsync(VolunteersDbContext db, OfferSnapshot snapshot, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.SingleOrDefaultAsync(o => o.Id == snapshot.OfferId, cancellationToken);
        if (offer is not null && offer.Version >= snapshot.Version)
        {
            return;
        }

        if (offer is null)
        {
            offer = new Offer { Id = snapshot.OfferId };
            db.Offers.Add(offer);
        }

        offer.Version = snapshot.Version;
        offer.Title = snapshot.Title;
        offer.Category = snapshot.Category;
        offer.Municipality = snapshot.Municipality;
        offer.Lat = snapshot.Location?.Lat;
        offer.Lon = snapshot.Location?.Lon;
        offer.Online = snapshot.Online;
        offer.Languages = snapshot.Languages.ToList();
        offer.TargetGroups = snapshot.TargetGroups.ToList();
        offer.Schedule = snapshot.Schedule.Select(s => new OfferSlot(s.DayOfWeek, s.Start, s.End)).ToList();
        offer.HelpersNeeded = snapshot.HelpersNeeded;
        offer.Published = true;
        offer.UpdatedAt = occurredAt;
    }

    public static async Task ArchiveAsync(VolunteersDbContext db, Guid offerId, long version, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.SingleOrDefaultAsync(o => o.Id == offerId, cancellationToken);
        if (offer is not null && offer.Version >= version)
        {
            return;
        }

        if (offer is null)
        {
            // The archive overtook the publish: keep a tombstone so the late publish is older and ignored.
            offer = new Offer { Id = offerId };
            db.Offers.Add(offer);
        }

        offer.Version = version;
        offer.Published = false;
        offer.UpdatedAt = occurredAt;
    }
}
