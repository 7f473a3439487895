using System.Net;
using System.Net.Sockets;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// A mail relay that is down: it takes each connection and resets it at once, counting them (one per delivery
/// attempt). A reset leaves nothing behind on the port, so a working relay can take it over as soon as this stops.
/// </summary>
sealed class HangingUpRelay : IDisposable
{
    readonly TcpListener listener;
    int connections;

    public HangingUpRelay(int port)
    {
        listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        _ = HangUpAsync();
    }

    public int Connections => Volatile.Read(ref connections);

    async Task HangUpAsync()
    {
        try
        {
            while (true)
            {
                using var client = await listener.AcceptTcpClientAsync();
                Interlocked.Increment(ref connections);
                client.Client.LingerState = new LingerOption(true, 0);
            }
        }
        catch (Exception stopped) when (stopped is SocketException or ObjectDisposedException)
        {
            // The listener was stopped.
        }
    }

    public void Dispose() => listener.Stop();
}
