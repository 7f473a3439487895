using System.Net;
using System.Net.Sockets;

namespace OrderFlow.DevHost.Dependencies;

static class FreePort
{
    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task WaitUntilListeningAsync(int port, TimeSpan timeout, string what, Func<bool> hasExited)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (hasExited())
            {
                throw new InvalidOperationException($"{what} exited during start-up.");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"{what} did not listen on port {port} within {timeout.TotalSeconds:0} s.");
    }
}
