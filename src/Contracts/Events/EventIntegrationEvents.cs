namespace Contracts.Events;

/// <summary>A volunteer attended a training; the Volunteers context adds the qualification.</summary>
public sealed record TrainingCompletedIntegrationEvent(
    Guid EventId, Guid VolunteerId, string Title, string? Qualification, DateOnly CompletedOn, DateTimeOffset OccurredAt) : IIntegrationEvent;

public sealed record EventRegistrationData(Guid EventId, string EventTitle, DateTimeOffset Start, string Status, int? Position, DateTimeOffset RegisteredAt);

public sealed record AttendanceData(Guid EventId, string EventTitle, DateOnly AttendedOn);

/// <summary>Response to <c>Contracts.Volunteers.CollectPersonalData</c>.</summary>
public sealed record EventsPersonalData(Guid VolunteerId, IReadOnlyList<EventRegistrationData> Registrations, IReadOnlyList<AttendanceData> Attendance);
