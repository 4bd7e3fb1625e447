namespace Contracts.Events;

public sealed record EventCancelledIntegrationEvent(Guid EventId, string Title, DateTimeOffset Start, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A seat is confirmed for a volunteer, at registration or when moved up from the waiting list.</summary>
public sealed record RegistrationConfirmedIntegrationEvent(Guid EventId, Guid VolunteerId, string EventTitle, DateTimeOffset Start, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A volunteer attended a training; the Volunteers context adds the qualification.</summary>
public sealed record TrainingCompletedIntegrationEvent(
    Guid EventId, Guid VolunteerId, string Title, string? Qualification, DateOnly CompletedOn, DateTimeOffset OccurredAt) : IIntegrationEvent;

public sealed record EventRegistrationData(Guid EventId, string EventTitle, DateTimeOffset Start, string Status, int? Position, DateTimeOffset RegisteredAt);

public sealed record AttendanceData(Guid EventId, string EventTitle, DateOnly AttendedOn);

/// <summary>Response to <c>Contracts.Volunteers.CollectPersonalData</c>.</summary>
public sealed record EventsPersonalData(Guid VolunteerId, IReadOnlyList<EventRegistrationData> Registrations, IReadOnlyList<AttendanceData> Attendance);
