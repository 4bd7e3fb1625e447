namespace Contracts;

/// <summary>
/// Marks a message that one bounded context publishes for the others. Integration events are
/// past-tense, immutable records carrying ids and values, never entities.
/// </summary>
public interface IIntegrationEvent;
