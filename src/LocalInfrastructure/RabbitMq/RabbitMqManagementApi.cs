using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace LocalInfrastructure;

/// <summary>The few calls of the management HTTP API we need (vhosts and permissions).</summary>
public sealed class RabbitMqManagementApi(int port, string username, string password) : IDisposable
{
    private readonly HttpClient http = new()
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}/api/"),
        Timeout = TimeSpan.FromSeconds(10),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}"))) },
    };

    public async Task<bool> AnswersAsync(CancellationToken ct)
    {
        using var response = await http.GetAsync("overview", ct).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    public async Task EnsureVirtualHostAsync(string name, CancellationToken ct)
    {
        RequirePlugin();
        var vhost = Uri.EscapeDataString(name);
        await SendAsync(HttpMethod.Put, $"vhosts/{vhost}", "{}", ct).ConfigureAwait(false);
        await SendAsync(HttpMethod.Put, $"permissions/{vhost}/{Uri.EscapeDataString(username)}",
            """{"configure":".*","write":".*","read":".*"}""", ct).ConfigureAwait(false);
    }

    public async Task DeleteVirtualHostAsync(string name, CancellationToken ct)
    {
        RequirePlugin();
        using var response = await http.DeleteAsync($"vhosts/{Uri.EscapeDataString(name)}", ct).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.NotFound) await EnsureSuccessAsync(response, ct).ConfigureAwait(false);
    }

    public void Dispose() => http.Dispose();

    private async Task SendAsync(HttpMethod method, string path, string json, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        await EnsureSuccessAsync(response, ct).ConfigureAwait(false);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode) return;
        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        throw new HttpRequestException($"RabbitMQ management API {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
    }

    private void RequirePlugin()
    {
        if (port == 0) throw new InvalidOperationException("Virtual hosts are managed through the management API: enable the management plugin.");
    }
}
