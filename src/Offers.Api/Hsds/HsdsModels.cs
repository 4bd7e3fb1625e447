using System.Text.Json.Serialization;

namespace Offers.Api.Hsds;

// Open Referral HSDS 3.0 objects (snake_case as the standard names them), only the parts we fill.

public sealed record HsdsPage(
    [property: JsonPropertyName("total_items")] int TotalItems,
    [property: JsonPropertyName("total_pages")] int TotalPages,
    [property: JsonPropertyName("page_number")] int PageNumber,
    [property: JsonPropertyName("size")] int Size,
    [property: JsonPropertyName("first_page")] bool FirstPage,
    [property: JsonPropertyName("last_page")] bool LastPage,
    [property: JsonPropertyName("empty")] bool Empty,
    [property: JsonPropertyName("contents")] IReadOnlyList<HsdsService> Contents);

public sealed record HsdsService(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("organization_id")] Guid OrganizationId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("fees_description")] string? FeesDescription,
    [property: JsonPropertyName("last_modified")] DateTimeOffset LastModified,
    [property: JsonPropertyName("organization")] HsdsOrganization Organization,
    [property: JsonPropertyName("service_at_locations")] IReadOnlyList<HsdsServiceAtLocation> ServiceAtLocations,
    [property: JsonPropertyName("schedules")] IReadOnlyList<HsdsSchedule> Schedules,
    [property: JsonPropertyName("languages")] IReadOnlyList<HsdsLanguage> Languages,
    [property: JsonPropertyName("phones")] IReadOnlyList<HsdsPhone> Phones,
    [property: JsonPropertyName("contacts")] IReadOnlyList<HsdsContact> Contacts,
    [property: JsonPropertyName("cost_options")] IReadOnlyList<HsdsCostOption> CostOptions);

public sealed record HsdsOrganization(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description);

public sealed record HsdsServiceAtLocation(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("service_id")] Guid ServiceId,
    [property: JsonPropertyName("location_id")] Guid LocationId,
    [property: JsonPropertyName("location")] HsdsLocation Location);

public sealed record HsdsLocation(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("location_type")] string LocationType,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("latitude")] double? Latitude,
    [property: JsonPropertyName("longitude")] double? Longitude,
    [property: JsonPropertyName("addresses")] IReadOnlyList<HsdsAddress> Addresses);

public sealed record HsdsAddress(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("location_id")] Guid LocationId,
    [property: JsonPropertyName("address_1")] string Address1,
    [property: JsonPropertyName("city")] string City,
    [property: JsonPropertyName("state_province")] string StateProvince,
    [property: JsonPropertyName("postal_code")] string PostalCode,
    [property: JsonPropertyName("country")] string Country,
    [property: JsonPropertyName("address_type")] string AddressType);

public sealed record HsdsSchedule(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("service_id")] Guid ServiceId,
    [property: JsonPropertyName("freq")] string Freq,
    [property: JsonPropertyName("wkst")] string Wkst,
    [property: JsonPropertyName("byday")] string ByDay,
    [property: JsonPropertyName("opens_at")] string OpensAt,
    [property: JsonPropertyName("closes_at")] string ClosesAt,
    [property: JsonPropertyName("valid_from")] string? ValidFrom,
    [property: JsonPropertyName("valid_to")] string? ValidTo,
    [property: JsonPropertyName("description")] string Description);

public sealed record HsdsLanguage(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("service_id")] Guid ServiceId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("code")] string Code);

public sealed record HsdsPhone(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("service_id")] Guid ServiceId,
    [property: JsonPropertyName("number")] string Number);

public sealed record HsdsContact(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("service_id")] Guid ServiceId,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("email")] string? Email);

public sealed record HsdsCostOption(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("service_id")] Guid ServiceId,
    [property: JsonPropertyName("option")] string Option,
    [property: JsonPropertyName("amount_description")] string? AmountDescription);
