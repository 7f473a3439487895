using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;

namespace OrderFlow.DevHost.Durable;

/// <summary>Purges completed, failed and terminated instances older than a set age: Azurite slows as its tables grow.</summary>
sealed partial class FinishedInstancePurger(
    DurableTaskClient client, DurableOptions options, TimeProvider time, ILogger<FinishedInstancePurger> logger) : BackgroundService
{
    static readonly OrchestrationRuntimeStatus[] Finished =
        [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PurgeInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await PurgeOnceAsync(stoppingToken);
        }
    }

    public async Task<int> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var cutoff = time.GetUtcNow() - options.PurgeFinishedAfter;
            var result = await client.PurgeAllInstancesAsync(new PurgeInstancesFilter(null, cutoff, Finished), cancellationToken);
            LogPurged(logger, result.PurgedInstanceCount, cutoff);
            return result.PurgedInstanceCount;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogPurgeFailed(logger, ex);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} finished orchestration instances created before {Cutoff}")]
    static partial void LogPurged(ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging finished orchestration instances failed; trying again later")]
    static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
