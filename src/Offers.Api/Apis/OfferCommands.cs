using System.Security.Claims;
using Contracts.Offers;
using Messaging.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Offers.Api.Infrastructure;
using Offers.Api.Model;
using Offers.Api.Overlaps;
using ServiceDefaults.Api;
using ServiceDefaults.Authentication;
using ReferenceData;
using Persistence;

namespace Offers.Api.Apis;

/// <summary>Create, update, publish, archive. Each change raises Version (the ETag) and, once public, an integration event in the same SaveChanges.</summary>
public static class OfferCommands
{
    public static async Task<Results<Created<OfferResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        OfferRequest request, ClaimsPrincipal user, OffersDbContext db, CountyProfile county, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = OfferRequestValidator.Validate(request, county);
        errors.AddIf(user.IsAdmin() && !user.IsProvider() && string.IsNullOrWhiteSpace(request.Provider?.Name), "provider.name", "provider.name is required.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (!user.MayCreateIn(request.Municipality!))
        {
            return Problems.Forbidden("Coordinators create offers in their own municipality; providers need an organisation.");
        }

        var now = DateTimeOffset.UtcNow;
        var offer = new Offer { Id = Guid.CreateVersion7(), Status = OfferStatus.Draft, Version = 1, CreatedAt = now, UpdatedAt = now };
        offer.Apply(request, county);
        SetProvider(offer, request.Provider, user, county);
        db.Offers.Add(offer);
        await db.SaveChangesAsync(cancellationToken);

        ETags.Set(response, offer.Version);
        return TypedResults.Created($"/api/offers/{offer.Id}", offer.ToResponse());
    }

    public static async Task<Results<Ok<OfferResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, OfferRequest request, ClaimsPrincipal user, OffersDbContext db, CountyProfile county,
        HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken) =>
        await db.RetryOnConflictAsync<Results<Ok<OfferResponse>, ValidationProblem, ProblemHttpResult>>(
            () => TryUpdateAsync(id, request, user, db, county, httpRequest, response, cancellationToken),
            () => Problems.PreconditionFailed("offer")); // changed by someone else between our read and write

    private static async Task<Results<Ok<OfferResponse>, ValidationProblem, ProblemHttpResult>> TryUpdateAsync(
        Guid id, OfferRequest request, ClaimsPrincipal user, OffersDbContext db, CountyProfile county,
        HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offer is null || !user.MaySee(offer))
        {
            return Problems.NotFound("No such offer, or it is not visible to you.");
        }

        if (!user.MayEdit(offer))
        {
            return Problems.Forbidden("You may not edit this offer.");
        }

        if (!ETags.HasIfMatch(httpRequest))
        {
            return Problems.PreconditionRequired("offer");
        }

        if (!ETags.Matches(httpRequest, offer.Version))
        {
            return Problems.PreconditionFailed("offer");
        }

        var errors = OfferRequestValidator.Validate(request, county);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (!user.IsAdmin() && user.IsCoordinator() && !user.MayManageMunicipality(request.Municipality!))
        {
            return Problems.Forbidden("Coordinators cannot move an offer out of their municipality.");
        }

        if (offer.Status == OfferStatus.Archived)
        {
            return Problems.Conflict("An archived offer cannot be changed.");
        }

        offer.Apply(request, county);
        SetProvider(offer, request.Provider, user, county);
        Touch(offer);
        if (offer.Status == OfferStatus.Published)
        {
            db.AddIntegrationEvent(new OfferUpdatedIntegrationEvent(offer.ToSnapshot(), offer.UpdatedAt));
        }

        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(response, offer.Version);
        return TypedResults.Ok(offer.ToResponse());
    }

    public static Task<Results<Ok<OfferResponse>, ProblemHttpResult>> PublishAsync(
        Guid id, ClaimsPrincipal user, OffersDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        db.RetryOnConflictAsync(() => TryPublishAsync(id, user, db, response, cancellationToken), Contended);

    private static async Task<Results<Ok<OfferResponse>, ProblemHttpResult>> TryPublishAsync(
        Guid id, ClaimsPrincipal user, OffersDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offer is null || !user.MaySee(offer))
        {
            return Problems.NotFound("No such offer, or it is not visible to you.");
        }

        if (!user.MayEdit(offer))
        {
            return Problems.Forbidden("You may not publish this offer.");
        }

        if (offer.Status != OfferStatus.Draft)
        {
            return Problems.Conflict($"Only drafts can be published; this offer is {offer.Status.ToString().ToLowerInvariant()}.");
        }

        offer.Status = OfferStatus.Published;
        Touch(offer);
        offer.PublishedAt = offer.UpdatedAt;
        db.AddIntegrationEvent(new OfferPublishedIntegrationEvent(offer.ToSnapshot(), offer.UpdatedAt));
        await db.SaveChangesAsync(cancellationToken);

        var overlaps = await OverlapFinder.FindForAsync(db, offer, cancellationToken);
        ETags.Set(response, offer.Version);
        return TypedResults.Ok(offer.ToResponse() with { PossibleOverlaps = overlaps });
    }

    public static Task<Results<Ok<OfferResponse>, ProblemHttpResult>> ArchiveAsync(
        Guid id, ClaimsPrincipal user, OffersDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        db.RetryOnConflictAsync(() => TryArchiveAsync(id, user, db, response, cancellationToken), Contended);

    private static async Task<Results<Ok<OfferResponse>, ProblemHttpResult>> TryArchiveAsync(
        Guid id, ClaimsPrincipal user, OffersDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offer is null || !user.MaySee(offer))
        {
            return Problems.NotFound("No such offer, or it is not visible to you.");
        }

        if (!user.MayEdit(offer))
        {
            return Problems.Forbidden("You may not archive this offer.");
        }

        if (offer.Status == OfferStatus.Archived)
        {
            return Problems.Conflict("The offer is already archived.");
        }

        offer.Status = OfferStatus.Archived;
        Touch(offer);
        db.AddIntegrationEvent(new OfferArchivedIntegrationEvent(offer.Id, offer.Version, offer.UpdatedAt));
        await db.SaveChangesAsync(cancellationToken);

        ETags.Set(response, offer.Version);
        return TypedResults.Ok(offer.ToResponse());
    }

    private static Results<Ok<OfferResponse>, ProblemHttpResult> Contended() =>
        Problems.Conflict("The offer was changed by other requests at the same time; read it again and retry.");

    private static void Touch(Offer offer)
    {
        offer.Version++;
        offer.UpdatedAt = DateTimeOffset.UtcNow;
    }

    /// <summary>Providers file offers for their own organisation; coordinators default to their municipality as provider.</summary>
    private static void SetProvider(Offer offer, ProviderDto? provider, ClaimsPrincipal user, CountyProfile county)
    {
        if (user.IsProvider() && !user.IsAdmin())
        {
            offer.ProviderOrganization = user.Organization();
            offer.ProviderName = provider?.Name?.Trim() is { Length: > 0 } name ? name : user.Organization()!;
            offer.ProviderType = ParseType(provider?.Type) ?? ProviderType.Other;
            return;
        }

        offer.ProviderOrganization = provider?.Organization ?? offer.ProviderOrganization;
        offer.ProviderName = provider?.Name?.Trim() is { Length: > 0 } given ? given
            : offer.ProviderName is { Length: > 0 } existing ? existing
            : county.FindMunicipality(offer.Municipality)!.Name;
        offer.ProviderType = ParseType(provider?.Type) ?? (user.IsCoordinator() ? ProviderType.Municipality : ProviderType.Other);
    }

    private static ProviderType? ParseType(string? type) =>
        Enum.TryParse<ProviderType>(type, ignoreCase: true, out var parsed) ? parsed : null;
}
