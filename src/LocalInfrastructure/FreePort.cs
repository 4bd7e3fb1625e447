using System.Net;
using System.Net.Sockets;

namespace LocalInfrastructure;

public static class FreePort
{
    /// <summary>A port that was free a moment ago: bind 127.0.0.1:0, read it, release it.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
