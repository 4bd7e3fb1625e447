namespace Contracts.Volunteers;

/// <summary>
/// A volunteer registered. Carries what the Events context needs to accept registrations:
/// the volunteer id, the token subject that identifies the person, the municipality and a
/// display name for organisers' participant lists (erased again on <see cref="VolunteerErasedIntegrationEvent"/>).
/// </summary>
public sealed record VolunteerRegisteredIntegrationEvent(
    Guid VolunteerId, string Subject, string Municipality, string DisplayName, long Version, DateTimeOffset OccurredAt) : IIntegrationEvent;

public sealed record VolunteerUpdatedIntegrationEvent(
    Guid VolunteerId, string Subject, string Municipality, string DisplayName, long Version, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// The person asked to be forgotten (GDPR Art. 17): every context erases or anonymises what it
/// holds. Only the id: the event itself stays in outboxes until their retention ends.
/// </summary>
public sealed record VolunteerErasedIntegrationEvent(Guid VolunteerId, DateTimeOffset OccurredAt) : IIntegrationEvent;

