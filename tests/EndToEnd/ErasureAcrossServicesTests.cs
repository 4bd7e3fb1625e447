using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace EndToEnd;

/// <summary>
/// GDPR erasure across processes: a volunteer erases their profile through the gateway, and the
/// Events service — another process, reached only over RabbitMQ — forgets their registration
/// within seconds; a later export finds nothing.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ErasureAcrossServicesTests(PlatformFixture platform)
{
    [Fact]
    public async Task DeleteMe_VolunteerRegisteredForEvent_EventsForgetsTheRegistrationWithinSeconds()
    {
        var token = await platform.CreateTokenAsync("volunteer", "e2e-erasure-" + Guid.NewGuid().ToString("N")[..8]);
        var volunteerId = await platform.RegisterVolunteerAsync(token, "Erika", "warendorf");
        await Eventually.HoldsAsync("Events accepts the new volunteer's registration", async () =>
        {
            using var registered = await SendAsync(token, HttpMethod.Post, $"/api/events/{platform.TrainingId}/registrations");
            return registered.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK;
        });
        Assert.Contains(volunteerId, await RegisteredVolunteersAsync());

        using (var erased = await SendAsync(token, HttpMethod.Delete, "/api/volunteers/me"))
        {
            Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        }

        await Eventually.HoldsAsync("Events erased the registration", async () => !(await RegisteredVolunteersAsync()).Contains(volunteerId));
        using var export = await SendAsync(token, HttpMethod.Get, "/api/volunteers/me/export");
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
    }

    private async Task<IReadOnlyList<Guid>> RegisteredVolunteersAsync()
    {
        using var response = await platform.SendAsync(Callers.Coordinator, HttpMethod.Get,
            $"/api/events/{platform.TrainingId}/registrations?pageSize=100");
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("volunteerId").GetGuid())];
    }

    private async Task<HttpResponseMessage> SendAsync(string token, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await platform.Gateway.SendAsync(request);
    }

}
