namespace AppHost.Hosting;

/// <summary>A project is ready when GET /health answers 200 (the ServiceDefaults endpoint).</summary>
internal static class HealthProbe
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    public static async Task WaitAsync(ProjectResource project, Task exited, TimeSpan timeout, CancellationToken stopping)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = "no answer yet";
        while (DateTime.UtcNow < deadline)
        {
            if (exited.IsCompleted) throw new InvalidOperationException($"{project.Name} exited during start-up (see its log above).");
            try
            {
                using var response = await Http.GetAsync($"{project.Url}/health", stopping);
                if ((int)response.StatusCode == 200) return;
                last = $"/health answered {(int)response.StatusCode}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            catch (TaskCanceledException) when (!stopping.IsCancellationRequested)
            {
                last = "/health timed out";
            }
            await Task.Delay(250, stopping);
        }
        throw new TimeoutException($"{project.Name} was not healthy within {timeout.TotalSeconds:0} s at {project.Url}/health ({last}).");
    }
}
