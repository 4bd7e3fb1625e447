using System.Globalization;
using Microsoft.AspNetCore.Http;
using WebApp.Gateway;

namespace WebApp.Coordination;

/// <summary>
/// The offer editor's fields as the browser sends them (input names are the API's field paths,
/// so the API's validation errors land beside the right input), and the offer body made of them.
/// Nothing is checked here: the API validates and says which field is wrong.
/// </summary>
public sealed record OfferForm
{
    public const int ScheduleRows = 3;

    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Description { get; init; } = "";
    public string Category { get; init; } = "";
    public string Tags { get; init; } = "";
    public string ProviderName { get; init; } = "";
    public string ProviderType { get; init; } = "municipality";
    public string Municipality { get; init; } = "";
    public string Street { get; init; } = "";
    public string PostalCode { get; init; } = "";
    public string City { get; init; } = "";
    public bool Online { get; init; }
    public string Url { get; init; } = "";
    public IReadOnlyList<string> TargetGroups { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = ["de"];
    public IReadOnlyList<WeeklySlot> Schedule { get; init; } = [];
    public bool Free { get; init; } = true;
    public string CostNote { get; init; } = "";
    public string ContactName { get; init; } = "";
    public string ContactPhone { get; init; } = "";
    public string ContactEmail { get; init; } = "";
    public string HelpersNeeded { get; init; } = "0";

    /// <summary>The <c>ETag</c> of the version the form was filled from; sent back as <c>If-Match</c>.</summary>
    public string Version { get; init; } = "";

    public static OfferForm From(Offer offer, string? etag) => new()
    {
        Title = offer.Title, Summary = offer.Summary, Description = offer.Description, Category = offer.Category,
        Tags = string.Join(", ", offer.Tags), ProviderName = offer.Provider.Name, ProviderType = offer.Provider.Type,
        Municipality = offer.Municipality, Street = offer.Address?.Street ?? "", PostalCode = offer.Address?.PostalCode ?? "",
        City = offer.Address?.City ?? "", Online = offer.Online, Url = offer.Url ?? "", TargetGroups = offer.TargetGroups,
        Languages = offer.Languages, Schedule = offer.Schedule, Free = offer.Cost.Free, CostNote = offer.Cost.Note ?? "",
        ContactName = offer.Contact?.Name ?? "", ContactPhone = offer.Contact?.Phone ?? "", ContactEmail = offer.Contact?.Email ?? "",
        HelpersNeeded = offer.HelpersNeeded.ToString(CultureInfo.InvariantCulture), Version = etag ?? "",
    };

    public static OfferForm From(IFormCollection form) => new()
    {
        Title = Text(form, "title"), Summary = Text(form, "summary"), Description = Text(form, "description"),
        Category = Text(form, "category"), Tags = Text(form, "tags"), ProviderName = Text(form, "provider.name"),
        ProviderType = Text(form, "provider.type"), Municipality = Text(form, "municipality"), Street = Text(form, "address.street"),
        PostalCode = Text(form, "address.postalCode"), City = Text(form, "address.city"), Online = form.ContainsKey("online"),
        Url = Text(form, "url"), TargetGroups = Values(form, "targetGroups"), Languages = Values(form, "languages"),
        Schedule = Enumerable.Range(0, ScheduleRows)
            .Select(i => new WeeklySlot(Text(form, $"schedule[{i}].dayOfWeek"), Text(form, $"schedule[{i}].start"), Text(form, $"schedule[{i}].end")))
            .Where(slot => slot.DayOfWeek.Length > 0 || slot.Start.Length > 0 || slot.End.Length > 0)
            .ToList(),
        Free = form.ContainsKey("cost.free"), CostNote = Text(form, "cost.note"), ContactName = Text(form, "contact.name"),
        ContactPhone = Text(form, "contact.phone"), ContactEmail = Text(form, "contact.email"),
        HelpersNeeded = Text(form, "helpersNeeded"), Version = Text(form, "version"),
    };

    /// <summary>
    /// The body of POST or PUT. What the editor does not show (translations, map position) comes
    /// from <paramref name="current"/>, so saving does not drop it. A count that is not a number is
    /// sent as -1, which the API names as an invalid <c>helpersNeeded</c>.
    /// </summary>
    public OfferDraft ToDraft(Offer? current) => new(
        Title, Summary, Description, Category,
        Tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        new OfferProvider(ProviderName, ProviderType, current?.Provider.Organization),
        Municipality,
        Street.Length + PostalCode.Length + City.Length == 0 ? null : new OfferAddress(Blank(Street), Blank(PostalCode), Blank(City)),
        current?.Location,
        Online, Blank(Url), TargetGroups, Languages, Schedule,
        new OfferCost(Free, Blank(CostNote)),
        ContactName.Length + ContactPhone.Length + ContactEmail.Length == 0 ? null : new OfferContact(Blank(ContactName), Blank(ContactPhone), Blank(ContactEmail)),
        int.TryParse(HelpersNeeded, NumberStyles.None, CultureInfo.InvariantCulture, out var helpers) ? helpers : -1,
        current?.Translations);

    private static string Text(IFormCollection form, string name) => form[name].ToString().Trim();

    private static List<string> Values(IFormCollection form, string name) =>
        form[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().ToList();

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
