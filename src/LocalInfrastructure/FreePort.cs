using System.Net;
using System.Net.Sockets;

namespace LocalInfrastructure;

public static class FreePort
{
    /// <summary>How many ports below the kernel's ephemeral range <see cref="Next"/> draws from.</summary>
    public const int Span = 10_000;

    /// <summary>
    /// A port that was free a moment ago, drawn at random from just below the kernel's ephemeral
    /// range (<c>ip_local_port_range</c>, 32768–60999 by default). A port from inside that range
    /// (what binding port 0 gives) is also handed out as the source port of outgoing connections,
    /// so it can be taken between this check and the server's own bind: seen once, RabbitMQ's
    /// management listener failed with eaddrinuse while a benchmark was opening connections.
    /// Below the range only another bind can take it.
    /// </summary>
    public static int Next()
    {
        var low = EphemeralRangeStart();
        if (low - Span >= 1024)
        {
            for (var attempt = 0; attempt < 200; attempt++)
            {
                var port = Random.Shared.Next(low - Span, low);
                if (IsFree(port)) return port;
            }
        }

        // A range set unusually low, or every drawn port busy: let the kernel choose.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The first port of the ephemeral range (Linux), 32768 where it cannot be read.</summary>
    public static int EphemeralRangeStart()
    {
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            return int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 32768;
        }
    }

    /// <summary>0 picks a free port; a configured port must be free, or we fail fast naming it.</summary>
    public static int Resolve(int configured, string what, string setting)
    {
        if (configured == 0) return Next();
        if (!IsFree(configured))
            throw new InvalidOperationException(
                $"Port {configured} for {what} is already in use; free it or configure another port ({setting}, 0 = any free port).");
        return configured;
    }

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
