using Contracts.Schedules;

namespace Offers.Api.Model;

public enum OfferStatus { Draft, Published, Archived }

public enum ProviderType { Municipality, Welfare, Initiative, School, Other }

/// <summary>
/// An offer (Angebot) of the county-wide catalogue. Flat columns for everything search filters
/// on; nested parts of the contract (address, schedule, translations) are stored as jsonb.
/// <see cref="Version"/> rises with every change: it is the ETag and the integration events' version.
/// </summary>
public sealed class Offer
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Description { get; set; } = "";
    public string Category { get; set; } = "";
    public List<string> Tags { get; set; } = [];
    public string ProviderName { get; set; } = "";
    public ProviderType ProviderType { get; set; }

    /// <summary>The organisation (the <c>org</c> claim) whose providers may edit this offer.</summary>
    public string? ProviderOrganization { get; set; }

    public string Municipality { get; set; } = "";
    public OfferAddress? Address { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    /// <summary>Where distance search places the offer: its coordinates, else its municipality's centre.</summary>
    public double EffectiveLatitude { get; set; }
    public double EffectiveLongitude { get; set; }

    public bool Online { get; set; }
    public string? Url { get; set; }
    public List<string> TargetGroups { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    public List<OfferSlot> Schedule { get; set; } = [];

    /// <summary>The weekdays of <see cref="Schedule"/>, kept as an array so the dayOfWeek filter can use an index.</summary>
    public List<string> ScheduleDays { get; set; } = [];

    public DateTimeOffset? ValidFrom { get; set; }
    public DateTimeOffset? ValidUntil { get; set; }
    public bool CostFree { get; set; }
    public string? CostNote { get; set; }
    public OfferContact? Contact { get; set; }
    public int HelpersNeeded { get; set; }
    public OfferStatus Status { get; set; }
    public Dictionary<string, OfferTranslation> Translations { get; set; } = [];

    /// <summary>All translated texts in one string, so the full-text index finds offers by them too.</summary>
    public string TranslatedText { get; set; } = "";

    public bool IsDemo { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}

public sealed record OfferAddress(string? Street, string? PostalCode, string? City);

/// <summary>
/// A weekly slot as the offers table stores it: the API's wire form (day name, HH:mm), written
/// only after validation, so it always reads back as a <see cref="WeeklySlot"/>.
/// </summary>
public sealed record OfferSlot(string DayOfWeek, string Start, string End)
{
    public static OfferSlot From(WeeklySlot slot) => new(slot.Day, slot.StartText, slot.EndText);

    public WeeklySlot ToWeeklySlot() =>
        WeeklySlot.Parse(DayOfWeek, Start, End) ?? throw new InvalidOperationException($"Stored slot {DayOfWeek} {Start}-{End} is not valid.");
}

public sealed record OfferContact(string? Name, string? Phone, string? Email);

public sealed record OfferTranslation(string? Title, string? Summary, string? Description);
