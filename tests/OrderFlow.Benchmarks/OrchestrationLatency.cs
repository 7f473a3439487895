using System.Diagnostics;
using Microsoft.DurableTask.Client;

namespace OrderFlow.Benchmarks;

/// <summary>Schedules orchestrations one after another and records each one's time from start to completion.</summary>
static class OrchestrationLatency
{
    public static async Task<Stats> MeasureAsync(DurableTaskClient client, string name, int warmUp, int count)
    {
        for (var i = 0; i < warmUp; i++)
        {
            await RunOneAsync(client, name);
        }
        var samples = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            samples.Add(await RunOneAsync(client, name));
        }
        return Stats.Of(samples);
    }

    public static async Task<double> ThroughputAsync(DurableTaskClient client, string name, int count)
    {
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, count).Select(_ => RunOneAsync(client, name)));
        return count / watch.Elapsed.TotalSeconds;
    }

    // Polled rather than WaitForInstanceCompletionAsync: the Azure Storage provider answers that wait on a
    // two-second poll of its own, which would measure the poll, not the orchestration.
    static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    static async Task<double> RunOneAsync(DurableTaskClient client, string name)
    {
        var watch = Stopwatch.StartNew();
        var id = await client.ScheduleNewOrchestrationInstanceAsync(name);
        while (true)
        {
            var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: false);
            if (instance is { IsCompleted: true })
            {
                return instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed
                    ? watch.Elapsed.TotalMilliseconds
                    : throw new InvalidOperationException($"{id} ended {instance.RuntimeStatus}");
            }
            await Task.Delay(PollInterval);
        }
    }
}

sealed record Stats(double P50, double P90, double P99)
{
    public static Stats Of(List<double> samples)
    {
        samples.Sort();
        double At(double q) => samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(q * samples.Count) - 1)];
        return new Stats(At(0.50), At(0.90), At(0.99));
    }

    public override string ToString() => $"p50 {P50,7:0.0} ms   p90 {P90,7:0.0} ms   p99 {P99,7:0.0} ms";
}
