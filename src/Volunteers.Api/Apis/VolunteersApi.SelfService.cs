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

/// <summary>A volunteer's own profile: registration with consent, read, update.</summary>
public static partial class VolunteersApi
{
    public static async Task<Results<Created<VolunteerResponse>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        VolunteerRequest request, ClaimsPrincipal user, VolunteersDbContext db, CountyProfile county, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var errors = VolunteerValidation.Validate(request, county, consentRequired: true);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var subject = user.Subject()!;
        if (await db.Volunteers.AnyAsync(v => v.Subject == subject, cancellationToken))
        {
            return Problems.Conflict("A volunteer profile already exists for this account; use PUT /api/volunteers/me.");
        }

        var now = DateTimeOffset.UtcNow;
        var volunteer = new Volunteer
        {
            Id = Guid.CreateVersion7(),
            Subject = subject,
            FirstName = "",
            LastName = "",
            Email = "",
            Municipality = "",
            ConsentVersion = "",
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        VolunteerValidation.Apply(request, volunteer);
        db.Volunteers.Add(volunteer);
        db.AddIntegrationEvent(new VolunteerRegisteredIntegrationEvent(
            volunteer.Id, subject, volunteer.Municipality, volunteer.DisplayName, volunteer.Version, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two registrations of the same person raced; the unique index on subject decided.
            return Problems.Conflict("A volunteer profile already exists for this account; use PUT /api/volunteers/me.");
        }

        ETags.Set(response, volunteer.Version);
        return TypedResults.Created("/api/volunteers/me", VolunteerResponse.From(volunteer));
    }

    public static async Task<Results<Ok<VolunteerResponse>, ProblemHttpResult>> GetMineAsync(
        ClaimsPrincipal user, VolunteersDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var volunteer = await FindMineAsync(db, user, cancellationToken);
        if (volunteer is null)
        {
            return NotRegistered();
        }

        ETags.Set(response, volunteer.Version);
        return TypedResults.Ok(VolunteerResponse.From(volunteer));
    }

    public static async Task<Results<Ok<VolunteerResponse>, ValidationProblem, ProblemHttpResult>> UpdateMineAsync(
        VolunteerRequest request, ClaimsPrincipal user, VolunteersDbContext db, CountyProfile county, HttpRequest http,
        CancellationToken cancellationToken)
    {
        var volunteer = await FindMineAsync(db, user, cancellationToken);
        if (volunteer is null)
        {
            return NotRegistered();
        }

        if (!ETags.HasIfMatch(http))
        {
            return Problems.PreconditionRequired("profile");
        }

        if (!ETags.Matches(http, volunteer.Version))
        {
            return Problems.PreconditionFailed("profile");
        }

        var errors = VolunteerValidation.Validate(request, county, consentRequired: false);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var now = DateTimeOffset.UtcNow;
        VolunteerValidation.Apply(request, volunteer);
        volunteer.Touch(now);
        db.AddIntegrationEvent(new VolunteerUpdatedIntegrationEvent(
            volunteer.Id, volunteer.Subject, volunteer.Municipality, volunteer.DisplayName, volunteer.Version, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.PreconditionFailed("profile");
        }

        ETags.Set(http.HttpContext.Response, volunteer.Version);
        return TypedResults.Ok(VolunteerResponse.From(volunteer));
    }

    internal static Task<Volunteer?> FindMineAsync(VolunteersDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var subject = user.Subject();
        return db.Volunteers.Include(v => v.Assignments).SingleOrDefaultAsync(v => v.Subject == subject, cancellationToken);
    }

    private static ProblemHttpResult NotRegistered() =>
        Problems.NotFound("No volunteer profile for this account; register with POST /api/volunteers.");
}
