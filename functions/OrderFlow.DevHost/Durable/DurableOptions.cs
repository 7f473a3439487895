namespace OrderFlow.DevHost.Durable;

/// <summary>
/// Local tuning of the Azure Storage durable provider (section "DevHost:Durable"). Its defaults suit a busy
/// cloud app; locally they make timers fire late and crash recovery take minutes.
/// </summary>
sealed class DurableOptions
{
    /// <summary>How long an idle queue waits between polls at most (default provider: 30 s).</summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How soon a crashed worker's messages become visible again (default provider: 5 min).</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>Throughput caps at about twice this per second.</summary>
    public int MaxConcurrentWorkItems { get; set; } = 64;

    /// <summary>Partition leases of a dead worker expire after this.</summary>
    public TimeSpan LeaseInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Finished instances older than this are purged; Azurite slows as its tables grow.</summary>
    public TimeSpan PurgeFinishedAfter { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The least severe entry the task hub's own log shows. Its information entries are several per work item, so
    /// warnings and errors only by default; benchmarks ask for errors only, so warnings do not break up their tables.
    /// </summary>
    public LogLevel LogLevel { get; set; } = LogLevel.Warning;
}
