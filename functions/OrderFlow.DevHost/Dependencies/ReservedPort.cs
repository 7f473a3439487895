using System.Net;
using System.Net.Sockets;

namespace OrderFlow.DevHost.Dependencies;

/// <summary>
/// A loopback port taken by binding a socket to port 0, handed to Kestrel as that socket: the port is known before
/// the server starts (links name it) and nothing can take it in between.
/// </summary>
sealed class ReservedPort
{
    readonly Socket socket;

    ReservedPort(Socket socket) => this.socket = socket;

    public int Port => ((IPEndPoint)socket.LocalEndPoint!).Port;

    public static ReservedPort Bind(IPAddress address)
    {
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(address, 0));
        return new ReservedPort(socket);
    }

    /// <summary>The socket's handle for Kestrel's ListenHandle, which owns and closes it from then on.</summary>
    public ulong HandOver()
    {
        var handle = (ulong)socket.SafeHandle.DangerousGetHandle();
        // This object must not close the handle too (its number may belong to another file by then).
        socket.SafeHandle.SetHandleAsInvalid();
        return handle;
    }
}
