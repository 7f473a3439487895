using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// A mail relay that misbehaves on cue, between the app and a real SMTP server: it answers the end of each message
/// late, or loses the answer (the server has the message, the app never hears so), or refuses every connection for a
/// while and then relays. It reads the conversation line by line, so it knows which answer ends a message and which
/// message (by its Message-ID) that was.
/// </summary>
sealed class SmtpFaultRelay : IDisposable
{
    readonly TcpListener listener;
    readonly int upstreamPort;
    readonly Fault fault;
    readonly CancellationTokenSource stop = new();
    readonly ConcurrentDictionary<string, int> ended = new(StringComparer.Ordinal);
    int refused;
    long outageEnds = long.MaxValue;

    SmtpFaultRelay(int upstreamPort, Fault fault, int port)
    {
        this.upstreamPort = upstreamPort;
        this.fault = fault;
        // Port 0 is picked and bound in one step; a port chosen beforehand is one the app was configured with.
        listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Connections turned away while the relay was down: one per delivery attempt.</summary>
    public int Refused => Volatile.Read(ref refused);

    /// <summary>The Message-IDs of messages whose answer was delayed or lost.</summary>
    public ConcurrentQueue<string> Faulted { get; } = new();

    /// <summary>The Message-IDs of messages whose end reached the server, once per copy.</summary>
    public ConcurrentQueue<string> Relayed { get; } = new();

    /// <summary>Every message's "250 OK" reaches the app only after <paramref name="delay"/>.</summary>
    public static SmtpFaultRelay AnswerLate(int upstreamPort, TimeSpan delay) => new(upstreamPort, new Fault(Kind.Late, delay), 0);

    /// <summary>Each message's first copy is relayed, and the connection dropped before its answer reaches the app.</summary>
    public static SmtpFaultRelay DropFirstAnswer(int upstreamPort) => new(upstreamPort, new Fault(Kind.Drop, TimeSpan.Zero), 0);

    /// <summary>
    /// Resets every connection for <paramref name="length"/> from the first one (infinite: until <see cref="ComeBack"/>),
    /// then relays; on <paramref name="port"/> when the app was configured with it.
    /// </summary>
    public static SmtpFaultRelay DownFor(int upstreamPort, TimeSpan length, int port = 0) => new(upstreamPort, new Fault(Kind.Down, length), port);

    /// <summary>Ends the outage now.</summary>
    public void ComeBack() => Interlocked.Exchange(ref outageEnds, 0);

    async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await listener.AcceptTcpClientAsync(stop.Token);
                _ = ServeAsync(client);
            }
        }
        catch (Exception stopped) when (stopped is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The listener was stopped.
        }
    }

    async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        if (IsDown())
        {
            Interlocked.Increment(ref refused);
            // Closed with no linger: a reset before the greeting, as from a server that is not there.
            client.Client.LingerState = new LingerOption(true, 0);
            return;
        }
        try
        {
            using var server = new TcpClient();
            await server.ConnectAsync(IPAddress.Loopback, upstreamPort, stop.Token);
            using var session = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
            var conversation = new Conversation();
            var fromApp = RelayAppAsync(client.GetStream(), server.GetStream(), conversation, session.Token);
            var fromServer = RelayServerAsync(server.GetStream(), client.GetStream(), conversation, session.Token);
            if (await Task.WhenAny(fromApp, fromServer) == fromServer && await fromServer)
            {
                client.Client.LingerState = new LingerOption(true, 0);
            }
            await session.CancelAsync();
        }
        catch (Exception gone) when (gone is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Either side hung up.
        }
    }

    bool IsDown()
    {
        if (fault.Kind != Kind.Down)
        {
            return false;
        }
        var first = DateTime.UtcNow.Ticks + (fault.Length == Timeout.InfiniteTimeSpan ? TimeSpan.FromDays(1) : fault.Length).Ticks;
        Interlocked.CompareExchange(ref outageEnds, first, long.MaxValue);
        return DateTime.UtcNow.Ticks < Interlocked.Read(ref outageEnds);
    }

    /// <summary>Passes the app's lines on, noting each message's Message-ID and the moment its end goes to the server.</summary>
    static async Task RelayAppAsync(Stream app, Stream server, Conversation conversation, CancellationToken cancellationToken)
    {
        using var lines = new StreamReader(app, Encoding.Latin1, leaveOpen: true);
        string? messageId = null;
        var inMessage = false;
        while (await lines.ReadLineAsync(cancellationToken) is { } line)
        {
            if (inMessage && line == ".")
            {
                inMessage = false;
                conversation.Ending = messageId ?? "";
            }
            else if (inMessage && messageId is null && line.StartsWith("Message-Id:", StringComparison.OrdinalIgnoreCase))
            {
                messageId = line["Message-Id:".Length..].Trim();
            }
            else if (!inMessage && line.Equals("DATA", StringComparison.OrdinalIgnoreCase))
            {
                (inMessage, messageId) = (true, null);
            }
            await WriteLineAsync(server, line, cancellationToken);
        }
    }

    /// <summary>Passes the server's lines on, applying the fault to the answer to a message's end; true when it dropped the connection.</summary>
    async Task<bool> RelayServerAsync(Stream server, Stream app, Conversation conversation, CancellationToken cancellationToken)
    {
        using var lines = new StreamReader(server, Encoding.Latin1, leaveOpen: true);
        while (await lines.ReadLineAsync(cancellationToken) is { } line)
        {
            if (conversation.Ending is { } messageId && IsLastLineOfAnswer(line))
            {
                conversation.Ending = null;
                Relayed.Enqueue(messageId);
                var copy = ended.AddOrUpdate(messageId, 1, (_, n) => n + 1);
                if (fault.Kind == Kind.Drop && copy == 1)
                {
                    Faulted.Enqueue(messageId);
                    return true;
                }
                if (fault.Kind == Kind.Late)
                {
                    Faulted.Enqueue(messageId);
                    await Task.Delay(fault.Length, cancellationToken);
                }
            }
            // Without CHUNKING a client sends DATA, whose end the relay can see, rather than BDAT.
            await WriteLineAsync(app, line.StartsWith("250", StringComparison.Ordinal) ? line.Replace("CHUNKING", "XNOCHUNK", StringComparison.OrdinalIgnoreCase) : line, cancellationToken);
        }
        return false;
    }

    /// <summary>"250-…" continues an answer, "250 …" ends it.</summary>
    static bool IsLastLineOfAnswer(string line) => line.Length < 4 || line[3] == ' ';

    static async Task WriteLineAsync(Stream to, string line, CancellationToken cancellationToken)
    {
        await to.WriteAsync(Encoding.Latin1.GetBytes(line + "\r\n"), cancellationToken);
        await to.FlushAsync(cancellationToken);
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        stop.Dispose();
    }

    enum Kind { Late, Drop, Down }

    sealed record Fault(Kind Kind, TimeSpan Length);

    /// <summary>Shared by the two directions of one connection: the message whose end was sent and whose answer is awaited.</summary>
    sealed class Conversation
    {
        volatile string? ending;

        public string? Ending { get => ending; set => ending = value; }
    }
}
