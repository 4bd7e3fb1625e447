using System.Security.Claims;
using Contracts.Events;
using Contracts.Volunteers;
using MassTransit;
using Messaging.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Volunteers.Api.Infrastructure;
using ServiceDefaults.Api;

namespace Volunteers.Api.Apis;

/// <summary>GDPR Art. 15/20 (export) and Art. 17 (erasure) for the caller's own data.</summary>
public static partial class VolunteersApi
{
    public sealed record EventsDataExport(IReadOnlyList<EventRegistrationData> Registrations, IReadOnlyList<AttendanceData> Attendance);

    public sealed record PersonalDataExport(
        DateTimeOffset ExportedAt,
        VolunteerResponse Profile,
        ConsentResponse Consent,
        IReadOnlyList<AssignmentResponse> Assignments,
        IReadOnlyList<Model.Qualification> Qualifications,
        EventsDataExport Events);

    public static async Task<Results<NoContent, ProblemHttpResult>> EraseMineAsync(
        ClaimsPrincipal user, VolunteersDbContext db, CancellationToken cancellationToken)
    {
        var volunteer = await FindMineAsync(db, user, cancellationToken);
        if (volunteer is null)
        {
            return NotRegistered();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Outbox rows about the person carry their display name; they go with the profile. Pending
        // ones too: the erasure event supersedes them (the other contexts keep a tombstone).
        await db.RemoveIntegrationEventsAboutAsync("volunteerId", volunteer.Id, cancellationToken);
        db.Volunteers.Remove(volunteer); // assignments cascade
        db.AddIntegrationEvent(new VolunteerErasedIntegrationEvent(volunteer.Id, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// One document with everything held about the caller. The Events context answers over the
    /// broker; without its answer the export would be incomplete, so that is a 503, not a partial 200.
    /// </summary>
    public static async Task<Results<Ok<PersonalDataExport>, ProblemHttpResult>> ExportMineAsync(
        ClaimsPrincipal user, VolunteersDbContext db, IRequestClient<CollectPersonalData> collect, CancellationToken cancellationToken)
    {
        var volunteer = await FindMineAsync(db, user, cancellationToken);
        if (volunteer is null)
        {
            return NotRegistered();
        }

        EventsPersonalData events;
        try
        {
            var answer = await collect.GetResponse<EventsPersonalData>(
                new CollectPersonalData(volunteer.Id, volunteer.Subject), cancellationToken, RequestTimeout.After(s: 5));
            events = answer.Message;
        }
        catch (RequestTimeoutException)
        {
            return Problems.Unavailable("The Events service did not answer in time; the export would be incomplete. Try again later.");
        }

        var profile = VolunteerResponse.From(volunteer);
        return TypedResults.Ok(new PersonalDataExport(
            DateTimeOffset.UtcNow, profile, profile.Consent, profile.Assignments, profile.Qualifications,
            new EventsDataExport(events.Registrations, events.Attendance)));
    }
}
