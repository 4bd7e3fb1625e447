using System.Security.Claims;
using Contracts.Volunteers;
using Messaging.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ServiceDefaults.Api;
using ServiceDefaults.Authentication;
using ReferenceData;
using Volunteers.Api.Infrastructure;
using Volunteers.Api.Model;

namespace Volunteers.Api.Apis;

/// <summary>What coordinators (own municipality) and admins (all) see and do.</summary>
public static partial class VolunteersApi
{
    public sealed record AssignmentRequest(Guid? OfferId);

    public static async Task<Results<Ok<PagedResult<VolunteerResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user, VolunteersDbContext db, CountyProfile county,
        string? municipality, string? language, string? skill, string? dayOfWeek, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = Paging.From(page, pageSize, errors);
        errors.AddIf(municipality is not null && !county.IsMunicipality(municipality), "municipality", "municipality must be the id of a municipality of the county.");
        errors.AddIf(language is not null && !LanguageCodes.IsKnown(language), "language", "language must be an ISO 639-1 code.");
        errors.AddIf(skill is not null && !VolunteerValidation.SkillIds.Contains(skill), "skill", "skill must be one of: " + string.Join(", ", VolunteerValidation.SkillIds) + ".");
        WeeklySlots.ValidateDayFilter(errors, dayOfWeek);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var scope = VisibleMunicipality(user);
        if (scope is not null && municipality is not null && municipality != scope)
        {
            return Problems.Forbidden("Coordinators see the volunteers of their own municipality only.");
        }

        var query = db.Volunteers.AsNoTracking();
        var filterMunicipality = scope ?? municipality;
        query = filterMunicipality is null ? query : query.Where(v => v.Municipality == filterMunicipality);
        query = language is null ? query : query.Where(v => v.LanguageCodes.Contains(language));
        query = skill is null ? query : query.Where(v => v.Skills.Contains(skill));
        query = dayOfWeek is null ? query : query.Where(v => v.AvailableDays.Contains(dayOfWeek));

        var total = await query.CountAsync(cancellationToken);
        var items = await query.Include(v => v.Assignments)
            .OrderBy(v => v.LastName).ThenBy(v => v.FirstName).ThenBy(v => v.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<VolunteerResponse>(items.Select(VolunteerResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }

    public static async Task<Results<Ok<VolunteerResponse>, ProblemHttpResult>> GetByIdAsync(
        Guid id, ClaimsPrincipal user, VolunteersDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var volunteer = await db.Volunteers.AsNoTracking().Include(v => v.Assignments).SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (volunteer is null || !user.MayManageMunicipality(volunteer.Municipality))
        {
            return Problems.NotFound("No such volunteer in your municipality.");
        }

        ETags.Set(response, volunteer.Version);
        return TypedResults.Ok(VolunteerResponse.From(volunteer));
    }

    public static async Task<Results<Created<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> AssignAsync(
        Guid id, AssignmentRequest request, ClaimsPrincipal user, VolunteersDbContext db, CancellationToken cancellationToken)
    {
        if (request.OfferId is not { } offerId || offerId == Guid.Empty)
        {
            return new ValidationErrors().Add("offerId", "offerId is required.").ToProblem();
        }

        var volunteer = await db.Volunteers.SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (volunteer is null || !user.MayManageMunicipality(volunteer.Municipality))
        {
            return Problems.NotFound("No such volunteer in your municipality.");
        }

        var offer = await db.KnownOffers.AsNoTracking().SingleOrDefaultAsync(o => o.OfferId == offerId, cancellationToken);
        if (offer is null)
        {
            return Problems.NotFound("No such offer.");
        }

        if (!offer.Published)
        {
            return Problems.Conflict("The offer is not published (anymore).");
        }

        if (await db.Assignments.AnyAsync(a => a.VolunteerId == id && a.OfferId == offerId, cancellationToken))
        {
            return Problems.Conflict("The volunteer is already assigned to this offer.");
        }

        var now = DateTimeOffset.UtcNow;
        db.Assignments.Add(new Assignment { VolunteerId = id, OfferId = offerId, Since = now, AssignedBy = user.Subject()! });
        volunteer.Touch(now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.Conflict("The volunteer is already assigned to this offer.");
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("The profile changed meanwhile; try again.");
        }

        return TypedResults.Created($"/api/volunteers/{id}", new AssignmentResponse(offerId, now));
    }

    /// <summary>The municipality a coordinator is confined to; null for admins (all).</summary>
    internal static string? VisibleMunicipality(ClaimsPrincipal user) =>
        user.IsAdmin() ? null : user.Municipality() ?? "(none)"; // a coordinator without a municipality sees nothing
}
