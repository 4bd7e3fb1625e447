using System.Net.Http.Headers;

namespace WebApp.Gateway;

/// <summary>The offers part of the gateway's public API (api.md, "Offers").</summary>
public sealed class OffersClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<PagedList<Offer>>> SearchAsync(OfferSearchFilter filter, GeoLocation? centre, CancellationToken cancellationToken = default) =>
        GetAsync<PagedList<Offer>>($"/api/offers{filter.ToApiQuery(centre)}", cancellationToken);

    /// <summary>A municipality's offers by status, drafts included, for those who may edit them (docs/api-extensions.md).</summary>
    public Task<ApiResult<PagedList<Offer>>> ListForCoordinationAsync(CoordinationOfferFilter filter, CancellationToken cancellationToken = default) =>
        GetAsync<PagedList<Offer>>($"/api/offers{filter.ToApiQuery()}", cancellationToken);

    /// <param name="originalLanguage">The German original, for editing, instead of a translation.</param>
    public Task<ApiResult<Offer>> GetAsync(Guid id, bool originalLanguage = false, CancellationToken cancellationToken = default) =>
        GetAsync<Offer>(originalLanguage ? $"/api/offers/{id}?lang=de" : $"/api/offers/{id}", cancellationToken);

    public Task<ApiResult<Offer>> CreateAsync(OfferDraft draft, CancellationToken cancellationToken = default) =>
        SendAsync<Offer>(WithBody(HttpMethod.Post, "/api/offers", draft), cancellationToken);

    /// <summary>PUT with <c>If-Match</c>: a 412 says someone else changed the offer since <paramref name="etag"/>.</summary>
    public Task<ApiResult<Offer>> UpdateAsync(Guid id, string etag, OfferDraft draft, CancellationToken cancellationToken = default)
    {
        if (!EntityTagHeaderValue.TryParse(etag, out var version))
        {
            // A form that lost or mangled its version cannot prove it saw the current offer.
            return Task.FromResult(ApiResult<Offer>.Failed(new ApiProblem(412, "Precondition Failed", "The form carries no valid version of the offer.", ApiProblem.NoErrors)));
        }

        var request = WithBody(HttpMethod.Put, $"/api/offers/{id}", draft);
        request.Headers.IfMatch.Add(version);
        return SendAsync<Offer>(request, cancellationToken);
    }

    /// <summary>Publishes; the answer lists <c>possibleOverlaps</c>.</summary>
    public Task<ApiResult<Offer>> PublishAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<Offer>(HttpMethod.Post, $"/api/offers/{id}/publish", cancellationToken);

    public Task<ApiResult<Offer>> ArchiveAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<Offer>(HttpMethod.Post, $"/api/offers/{id}/archive", cancellationToken);

    public Task<ApiResult<List<OverlapGroup>>> OverlapsAsync(string? municipality, CancellationToken cancellationToken = default) =>
        GetAsync<List<OverlapGroup>>(municipality is null ? "/api/offers/overlaps" : $"/api/offers/overlaps?municipality={Uri.EscapeDataString(municipality)}", cancellationToken);
}
