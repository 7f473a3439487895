using System.Collections.Concurrent;
using System.Diagnostics;
using OrderFlow.Core.Orders;

namespace OrderFlow.Benchmarks.Soak;

/// <summary>What happened in one minute of the soak: sends with their intake times, orders ended with their lags, probes, failures.</summary>
sealed class MinuteRecord
{
    readonly Samples intakeMs = new();
    readonly Samples completionLagSeconds = new();
    readonly Samples probeMs = new();
    int sent;
    int ended;
    int failures;

    public int Sent => Volatile.Read(ref sent);

    public int Ended => Volatile.Read(ref ended);

    public int Failures => Volatile.Read(ref failures);

    public ResourceSample? Resources { get; set; }

    public void AddSent(double? intake)
    {
        Interlocked.Increment(ref sent);
        if (intake is { } ms)
        {
            intakeMs.Add(ms);
        }
    }

    public void AddEnded(double? completionLag)
    {
        Interlocked.Increment(ref ended);
        if (completionLag is { } seconds)
        {
            completionLagSeconds.Add(seconds);
        }
    }

    public void AddProbe(double ms) => probeMs.Add(ms);

    public void AddFailure() => Interlocked.Increment(ref failures);

    public List<double> IntakeMs() => intakeMs.Copy();

    public List<double> CompletionLagSeconds() => completionLagSeconds.Copy();

    public List<double> ProbeMs() => probeMs.Copy();

    /// <summary>Figures added from many threads and read whole.</summary>
    sealed class Samples
    {
        readonly Lock gate = new();
        readonly List<double> values = [];

        public void Add(double value)
        {
            lock (gate)
            {
                values.Add(value);
            }
        }

        public List<double> Copy()
        {
            lock (gate)
            {
                return [.. values];
            }
        }
    }
}

/// <summary>
/// The soak's record, by minute from the start of the load (minute 1 is its first; later minutes are the drain).
/// It holds counts and the minute's samples only, never an entry per order, so its own memory stays flat.
/// </summary>
sealed class SoakLog
{
    const int FailuresShown = 10;

    readonly Stopwatch clock = new();
    readonly ConcurrentDictionary<int, MinuteRecord> minutes = new();
    readonly ConcurrentDictionary<OrderStatus, int> endings = new();
    readonly ConcurrentDictionary<OrderStatus, int> unfinished = new();
    readonly ConcurrentQueue<string> firstFailures = new();
    int sideRequests;

    public TimeSpan Elapsed => clock.Elapsed;

    /// <summary>Minute 1 begins: the load starts now.</summary>
    public void Start() => clock.Start();

    public int MinuteNow => (int)clock.Elapsed.TotalMinutes + 1;

    public MinuteRecord Minute(int minute) => minutes.GetOrAdd(minute, _ => new MinuteRecord());

    public IReadOnlyDictionary<OrderStatus, int> Endings => endings;

    /// <summary>Orders still open when the drain ran out, by the status they were last seen in.</summary>
    public IReadOnlyDictionary<OrderStatus, int> Unfinished => unfinished;

    public IEnumerable<string> FirstFailures => firstFailures;

    public int SideRequests => Volatile.Read(ref sideRequests);

    public int Failures => minutes.Values.Sum(m => m.Failures);

    public int SentCount => minutes.Values.Sum(m => m.Sent);

    public int EndedCount => endings.Values.Sum();

    public void Sent(SentOrder order) => Minute(MinuteNow).AddSent(order.IntakeMs);

    /// <summary>An order final; its lag from Received to Completed when it completed.</summary>
    public void Ended(OrderStatus status, double? completionLagSeconds)
    {
        endings.AddOrUpdate(status, 1, (_, n) => n + 1);
        Minute(MinuteNow).AddEnded(status == OrderStatus.Completed ? completionLagSeconds : null);
    }

    /// <summary>One <see cref="StorageProbe"/> answered in <paramref name="ms"/>.</summary>
    public void Probed(double ms) => Minute(MinuteNow).AddProbe(ms);

    public void LeftOpen(OrderStatus status) => unfinished.AddOrUpdate(status, 1, (_, n) => n + 1);

    /// <summary>Counts a survey or finance request; true when it succeeded, else it is logged as failed.</summary>
    public bool SideAnswer(HttpResponseMessage response, string what)
    {
        Interlocked.Increment(ref sideRequests);
        if (!response.IsSuccessStatusCode)
        {
            Failed($"{what}: {(int)response.StatusCode}");
        }
        return response.IsSuccessStatusCode;
    }

    /// <summary>A request answered other than the mix expects (a refusal, a 5xx, no answer): kept, the first few word for word.</summary>
    public void Failed(string what)
    {
        Minute(MinuteNow).AddFailure();
        if (firstFailures.Count < FailuresShown)
        {
            firstFailures.Enqueue($"minute {MinuteNow}: {what}");
        }
    }
}
