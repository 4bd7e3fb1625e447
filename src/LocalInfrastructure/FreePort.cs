using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace LocalInfrastructure;

public static class FreePort
{
    private static readonly ConcurrentDictionary<int, bool> HandedOut = new();

    /// <summary>
    /// A port that was free a moment ago, drawn at random from above the kernel's ephemeral
    /// range (<c>ip_local_port_range</c>, 32768–60999 by default, so 61000–65535), never the same
    /// twice in this process. Neither neighbour can take it before the server binds it: outgoing
    /// connections get their source ports from inside the ephemeral range (seen once: RabbitMQ's
    /// management listener failed with eaddrinuse while a benchmark opened connections), and DCP
    /// allocates the ports of its proxies and the dashboard below it (seen once: RabbitMQ's
    /// distribution port collided with the dashboard's). Where the range leaves too little room
    /// above it, the span just below it is used.
    /// </summary>
    public static int Next()
    {
        var (low, high) = EphemeralRange();
        var (from, to) = high <= 64535 ? (high + 1, 65535) : (Math.Max(1024, low - 10_000), low - 1);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(from, to + 1);
            if (IsFree(port) && HandedOut.TryAdd(port, true)) return port;
        }

        // Every drawn port busy: let the kernel choose.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The kernel's ephemeral port range (Linux), 32768–60999 where it cannot be read.</summary>
    public static (int Low, int High) EphemeralRange()
    {
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            return (int.Parse(range[0], CultureInfo.InvariantCulture), int.Parse(range[1], CultureInfo.InvariantCulture));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return (32768, 60999);
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
