using System.Globalization;
using Microsoft.AspNetCore.Http;
using WebApp.Forms;
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
        Title = PostedForm.Text(form, "title"), Summary = PostedForm.Text(form, "summary"), Description = PostedForm.Text(form, "description"),
        Category = PostedForm.Text(form, "category"), Tags = PostedForm.Text(form, "tags"), ProviderName = PostedForm.Text(form, "provider.name"),
        ProviderType = PostedForm.Text(form, "provider.type"), Municipality = PostedForm.Text(form, "municipality"), Street = PostedForm.Text(form, "address.street"),
        PostalCode = PostedForm.Text(form, "address.postalCode"), City = PostedForm.Text(form, "address.city"), Online = form.ContainsKey("online"),
        Url = PostedForm.Text(form, "url"), TargetGroups = PostedForm.Values(form, "targetGroups"), Languages = PostedForm.Values(form, "languages"),
        Schedule = Enumerable.Range(0, ScheduleRows)
            .Select(i => new WeeklySlot(PostedForm.Text(form, $"schedule[{i}].dayOfWeek"), PostedForm.Text(form, $"schedule[{i}].start"), PostedForm.Text(form, $"schedule[{i}].end")))
            .Where(slot => slot.DayOfWeek.Length > 0 || slot.Start.Length > 0 || slot.End.Length > 0)
            .ToList(),
        Free = form.ContainsKey("cost.free"), CostNote = PostedForm.Text(form, "cost.note"), ContactName = PostedForm.Text(form, "contact.name"),
        ContactPhone = PostedForm.Text(form, "contact.phone"), ContactEmail = PostedForm.Text(form, "contact.email"),
        HelpersNeeded = PostedForm.Text(form, "helpersNeeded"), Version = PostedForm.Text(form, "version"),
    };

    /// <summary>
    /// The body of POST or PUT. What the editor does not show (translations, map position) comes
    /// from <paramref name="current"/>, so saving does not drop it. A count that is not a number is
    /// sent as -1, which the API names as an invalid <c>helpersNeeded</c>.
    /// </summary>
    public OfferDraft ToDraft(Offer? current) => new()
    {
        Title = Title, Summary = Summary, Description = Description, Category = Category,
        Tags = Tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Provider = new OfferProvider(ProviderName, ProviderType, current?.Provider.Organization),
        Municipality = Municipality,
        Address = PostedForm.AllBlank(Street, PostalCode, City) ? null : new OfferAddress(PostedForm.Blank(Street), PostedForm.Blank(PostalCode), PostedForm.Blank(City)),
        Location = current?.Location,
        Online = Online, Url = PostedForm.Blank(Url), TargetGroups = TargetGroups, Languages = Languages, Schedule = Schedule,
        Cost = new OfferCost(Free, PostedForm.Blank(CostNote)),
        Contact = PostedForm.AllBlank(ContactName, ContactPhone, ContactEmail)
            ? null
            : new OfferContact(PostedForm.Blank(ContactName), PostedForm.Blank(ContactPhone), PostedForm.Blank(ContactEmail)),
        HelpersNeeded = PostedForm.Count(HelpersNeeded),
        Translations = current?.Translations,
    };
}
