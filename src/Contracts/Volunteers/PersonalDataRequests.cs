namespace Contracts.Volunteers;

/// <summary>
/// Request (MassTransit request/response over RabbitMQ) for everything a context holds about one
/// person, used to build the GDPR Art. 15/20 export. Answered by <c>Contracts.Events.EventsPersonalData</c>.
/// </summary>
public sealed record CollectPersonalData(Guid VolunteerId, string Subject);
