namespace WebApp.Gateway;

/// <summary>The volunteers part of the gateway's public API (api.md, "Volunteers").</summary>
public sealed class VolunteersClient(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<VolunteerProfile>> RegisterAsync(VolunteerDraft draft, CancellationToken cancellationToken = default) =>
        SendAsync<VolunteerProfile>(WithBody(HttpMethod.Post, "/api/volunteers", draft), cancellationToken);

    public Task<ApiResult<VolunteerProfile>> GetMineAsync(CancellationToken cancellationToken = default) =>
        GetAsync<VolunteerProfile>("/api/volunteers/me", cancellationToken);

    public Task<ApiResult<VolunteerProfile>> UpdateMineAsync(VolunteerDraft draft, CancellationToken cancellationToken = default) =>
        SendAsync<VolunteerProfile>(WithBody(HttpMethod.Put, "/api/volunteers/me", draft), cancellationToken);

    public Task<ApiResult<NoBody>> EraseMineAsync(CancellationToken cancellationToken = default) =>
        SendAsync<NoBody>(HttpMethod.Delete, "/api/volunteers/me", cancellationToken);

    public Task<ApiResult<SuggestionList>> SuggestionsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<SuggestionList>("/api/volunteers/me/suggestions", cancellationToken);

    public Task<ApiResult<MatchList>> MatchesAsync(Guid offerId, CancellationToken cancellationToken = default) =>
        GetAsync<MatchList>($"/api/volunteers/matches?offerId={offerId}", cancellationToken);

    public Task<ApiResult<NoBody>> AssignAsync(Guid volunteerId, Guid offerId, CancellationToken cancellationToken = default) =>
        SendAsync<NoBody>(WithBody(HttpMethod.Post, $"/api/volunteers/{volunteerId}/assignments", new { offerId }), cancellationToken);

    /// <summary>All data held about the caller, read (for the registrations and their waiting-list positions).</summary>
    public Task<ApiResult<PersonalDataExport>> ExportAsync(CancellationToken cancellationToken = default) =>
        GetAsync<PersonalDataExport>("/api/volunteers/me/export", cancellationToken);

    /// <summary>All data held about the caller, as the API's JSON document, unchanged, for download.</summary>
    public async Task<(int Status, byte[] Body)> ExportMineAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await Http.GetAsync("/api/volunteers/me/export", cancellationToken);
            return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(cancellationToken));
        }
        catch (HttpRequestException)
        {
            return (ApiProblem.Unreachable, []);
        }
    }
}
