using Contracts.Offers;
using Messaging.ReadModels;
using Volunteers.Api.Infrastructure;
using Volunteers.Api.Model;

namespace Volunteers.Api.IntegrationEvents;

/// <summary>Applies offer events to <see cref="KnownOffer"/> (newer versions only, see <see cref="ReadModel"/>).</summary>
internal static class OfferReadModel
{
    public static Task ApplySnapshotAsync(VolunteersDbContext db, OfferSnapshot snapshot, DateTimeOffset occurredAt, CancellationToken cancellationToken) =>
        db.KnownOffers.ApplyIfNewerAsync(snapshot.OfferId, snapshot.Version, () => new KnownOffer { OfferId = snapshot.OfferId }, offer =>
        {
            offer.Title = snapshot.Title;
            offer.Category = snapshot.Category;
            offer.Municipality = snapshot.Municipality;
            offer.Lat = snapshot.Location?.Lat;
            offer.Lon = snapshot.Location?.Lon;
            offer.Online = snapshot.Online;
            offer.Languages = [.. snapshot.Languages];
            offer.TargetGroups = [.. snapshot.TargetGroups];
            offer.Schedule = [.. snapshot.Schedule.Select(ScheduleSlot.From)];
            offer.HelpersNeeded = snapshot.HelpersNeeded;
            offer.Published = true;
            offer.UpdatedAt = occurredAt;
        }, cancellationToken);

    /// <summary>An archive that overtook the publish leaves an unpublished row, so the late publish is older and ignored.</summary>
    public static Task ArchiveAsync(VolunteersDbContext db, Guid offerId, long version, DateTimeOffset occurredAt, CancellationToken cancellationToken) =>
        db.KnownOffers.ApplyIfNewerAsync(offerId, version, () => new KnownOffer { OfferId = offerId }, offer =>
        {
            offer.Published = false;
            offer.UpdatedAt = occurredAt;
        }, cancellationToken);
}
