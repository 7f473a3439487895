namespace OrderFlow.Benchmarks.Soak;

/// <summary>
/// The figures of a span of minutes: intake and completion-lag percentiles over all of its orders, the storage probe's
/// percentiles, mean memory, deepest queues.
/// </summary>
sealed record SoakWindow(
    int From, int To, int Sent, Stats? IntakeMs, Stats? LagSeconds, Stats? ProbeMs,
    double WorkingSetMb, double GcHeapMb, double AzuriteRssMb, QueueDepth AppDeepest, QueueDepth HubDeepest)
{
    public static SoakWindow Of(SoakLog log, (int From, int To) minutes)
    {
        var records = Enumerable.Range(minutes.From, minutes.To - minutes.From + 1).Select(log.Minute).ToList();
        var samples = records.Select(r => r.Resources).OfType<ResourceSample>().ToList();
        return new SoakWindow(
            minutes.From, minutes.To, records.Sum(r => r.Sent),
            StatsOf([.. records.SelectMany(r => r.IntakeMs())]), StatsOf([.. records.SelectMany(r => r.CompletionLagSeconds())]),
            StatsOf([.. records.SelectMany(r => r.ProbeMs())]),
            samples.Average(s => s.WorkingSetMb), samples.Average(s => s.GcHeapMb), samples.Average(s => s.AzuriteRssMb),
            Deepest(samples.Select(s => s.App)), Deepest(samples.Select(s => s.Hub)));
    }

    /// <summary>The most held and the most ready of the samples (from different minutes, maybe), uncounted if any was.</summary>
    static QueueDepth Deepest(IEnumerable<QueueDepth> depths)
    {
        var all = depths.ToList();
        return new QueueDepth(all.Max(d => d.Held), all.Max(d => d.Ready), all.Any(d => d.ReadyUncounted));
    }

    /// <summary>Percentiles of the samples, or none when there are none (a minute with no completed order).</summary>
    public static Stats? StatsOf(List<double> samples) => samples.Count == 0 ? null : Stats.Of(samples);

    public string Label => $"minutes {From}–{To}";
}
