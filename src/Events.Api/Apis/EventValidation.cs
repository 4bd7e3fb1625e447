using System.Text.RegularExpressions;
using Events.Api.Infrastructure;
using Events.Api.Model;
using Microsoft.EntityFrameworkCore;
using ServiceDefaults.Api;
using ReferenceData;

namespace Events.Api.Apis;

/// <summary>The validated values of an <see cref="EventRequest"/>.</summary>
internal sealed record ValidEvent(
    string Title, string Description, EventType Type, string Organizer, string? Municipality, EventAddress? Address,
    bool Online, string? OnlineUrl, DateTimeOffset Start, DateTimeOffset End, int Capacity,
    DateTimeOffset? RegistrationDeadline, EventAudience Audience, Guid? RelatedOfferId, string? Qualification);

internal static partial class EventValidation
{
    public const int MaxCapacity = 100_000;

    public static async Task<(ValidEvent? Event, ValidationErrors Errors)> ValidateAsync(
        EventRequest request, CountyProfile county, EventsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var title = request.Title?.Trim();
        errors.AddIf(string.IsNullOrEmpty(title), "title", "title is required.")
            .AddIf(title is { Length: > 200 }, "title", "title must be at most 200 characters.")
            .AddIf(request.Description is { Length: > 10_000 }, "description", "description must be at most 10000 characters.");
        var organizer = request.Organizer?.Trim();
        errors.AddIf(string.IsNullOrEmpty(organizer), "organizer", "organizer is required.")
            .AddIf(organizer is { Length: > 200 }, "organizer", "organizer must be at most 200 characters.");

        EventType type = default;
        errors.AddIf(request.Type is null || !EventEnums.Types.TryGetValue(request.Type, out type), "type",
            $"type must be one of: {string.Join(", ", EventEnums.Types.Keys)}.");
        var audience = EventAudience.Public;
        errors.AddIf(request.Audience is not null && !EventEnums.Audiences.TryGetValue(request.Audience, out audience), "audience",
            $"audience must be one of: {string.Join(", ", EventEnums.Audiences.Keys)}.");
        errors.AddIf(request.Municipality is not null && !county.IsMunicipality(request.Municipality), "municipality",
            "municipality is not a municipality of the county (see /api/municipalities).");

        var address = ValidateAddress(request.Address, errors);
        var online = request.Online ?? false;
        errors.AddIf(online && !Validators.IsHttpUrl(request.OnlineUrl), "onlineUrl", "an online event needs an http(s) onlineUrl.")
            .AddIf(!online && request.OnlineUrl is not null, "onlineUrl", "onlineUrl is only for online events (set online to true).")
            .AddIf(!online && address is null && request.Address is null, "address", "an event that is not online needs an address.");

        errors.AddIf(request.Start is null, "start", "start is required.")
            .AddIf(request.End is null, "end", "end is required.")
            .AddIf(request.Start is { } s && request.End is { } e && e <= s, "end", "end must be after start.")
            .AddIf(request.RegistrationDeadline is { } d && request.Start is { } st && d > st, "registrationDeadline",
                "registrationDeadline must not be after start.");
        errors.AddIf(request.Capacity is null, "capacity", "capacity is required.")
            .AddIf(request.Capacity is < 1 or > MaxCapacity, "capacity", $"capacity must be between 1 and {MaxCapacity}.");

        var qualification = string.IsNullOrWhiteSpace(request.Qualification) ? null : request.Qualification.Trim();
        errors.AddIf(qualification is { Length: > 200 }, "qualification", "qualification must be at most 200 characters.")
            .AddIf(qualification is not null && type != EventType.Training, "qualification", "only a training certifies a qualification.");

        if (request.RelatedOfferId is { } offerId)
        {
            var known = await db.KnownOffers.AnyAsync(o => o.OfferId == offerId && !o.Archived, cancellationToken);
            errors.AddIf(!known, "relatedOfferId", "relatedOfferId is not a published offer.");
        }

        if (!errors.IsValid)
        {
            return (null, errors);
        }

        return (new ValidEvent(title!, request.Description?.Trim() ?? "", type, organizer!, request.Municipality, address,
            online, online ? request.OnlineUrl : null, request.Start!.Value, request.End!.Value,
            request.Capacity!.Value, request.RegistrationDeadline, audience, request.RelatedOfferId, qualification), errors);
    }

    private static EventAddress? ValidateAddress(AddressDto? address, ValidationErrors errors)
    {
        if (address is null)
        {
            return null;
        }

        errors.AddIf(string.IsNullOrWhiteSpace(address.Street) || address.Street.Length > 200, "address.street", "street is required (at most 200 characters).")
            .AddIf(address.PostalCode is null || !PostalCode().IsMatch(address.PostalCode), "address.postalCode", "postalCode must be five digits.")
            .AddIf(string.IsNullOrWhiteSpace(address.City) || address.City.Length > 100, "address.city", "city is required (at most 100 characters).");
        return errors.IsValid ? new EventAddress(address.Street!.Trim(), address.PostalCode!, address.City!.Trim()) : null;
    }

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex PostalCode();
}
