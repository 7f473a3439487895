namespace OrderFlow.Benchmarks.Throughput;

/// <summary>What one phase of the run cost: how many workflows, how long, which storage operations, how much Azurite CPU.</summary>
sealed record PhaseMeasurement(int Workflows, TimeSpan Elapsed, OperationSnapshot Operations, double AzuriteCpuMs)
{
    public double PerSecond => Workflows / Elapsed.TotalSeconds;

    public double OperationsEach => (double)Operations.Count / Workflows;

    public double AzuriteCpuMsEach => AzuriteCpuMs / Workflows;

    /// <summary>Azurite's CPU time over the phase's time: 1 is one core busy throughout (Node.js serves on one thread).</summary>
    public double AzuriteBusy => AzuriteCpuMs / Elapsed.TotalMilliseconds;

    /// <summary>
    /// Runs <paramref name="work"/>, which answers when its last workflow finished, counting everything the proxy and
    /// Azurite did meanwhile (Azurite's clock is this machine's).
    /// </summary>
    public static async Task<PhaseMeasurement> MeasureAsync(int workflows, StorageProxy proxy, AzuriteProcess azurite, Func<Task<DateTimeOffset>> work)
    {
        var operations = proxy.Tally.Snapshot();
        var cpu = azurite.CpuMilliseconds();
        var started = DateTimeOffset.UtcNow;
        var finished = await work();
        return new PhaseMeasurement(workflows, finished - started, proxy.Tally.Snapshot().Since(operations), azurite.CpuMilliseconds() - cpu);
    }
}
