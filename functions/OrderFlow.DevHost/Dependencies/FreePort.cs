using System.Net;
using System.Net.Sockets;

namespace OrderFlow.DevHost.Dependencies;

static class FreePort
{
    /// <summary>
    /// A loopback port nothing listens on right now, for a server that cannot be given port 0 and say what it took;
    /// another process may take it before that server binds it.
    /// </summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
