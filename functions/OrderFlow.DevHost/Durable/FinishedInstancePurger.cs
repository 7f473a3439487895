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
            try
            {
                await PurgeOnceAsync(time.GetUtcNow() - options.PurgeFinishedAfter, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogPurgeFailed(logger, ex);
            }
        }
    }

    /// <summary>Purges finished instances created before <paramref name="finishedBefore"/>; answers how many.</summary>
    public async Task<int> PurgeOnceAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken)
    {
        var filter = new PurgeInstancesFilter(DateTimeOffset.UnixEpoch, finishedBefore, Finished);
        var result = await client.PurgeAllInstancesAsync(filter, cancellationToken);
        LogPurged(logger, result.PurgedInstanceCount, finishedBefore);
        return result.PurgedInstanceCount;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} finished orchestration instances created before {Cutoff}")]
    static partial void LogPurged(ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging finished orchestration instances failed; trying again later")]
    static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
