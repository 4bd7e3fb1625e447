using System.Net.Sockets;

namespace LocalInfrastructure;

internal static class Readiness
{
    /// <summary>
    /// Polls <paramref name="probe"/> until it succeeds; fails fast when the process died and with a
    /// clear message when <paramref name="timeout"/> passes, never hangs.
    /// </summary>
    public static async Task WaitAsync(
        string what, Func<CancellationToken, Task<bool>> probe, Task processExited, TimeSpan timeout, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        Exception? last = null;
        while (true)
        {
            if (processExited.IsCompleted)
                throw new InvalidOperationException($"{what} exited during start-up (see its log above). Last probe error: {last?.Message}");
            try
            {
                if (await probe(deadline.Token).ConfigureAwait(false)) return;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                last = e;
            }
            try
            {
                await Task.Delay(200, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new TimeoutException($"{what} did not become ready within {timeout.TotalSeconds:0} s. Last probe error: {last?.Message}");
            }
        }
    }

    public static async Task<bool> TcpAcceptsAsync(int port, CancellationToken ct)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, ct).ConfigureAwait(false);
        return true;
    }
}
