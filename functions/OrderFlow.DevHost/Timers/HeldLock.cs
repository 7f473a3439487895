using Azure;
using Azure.Storage.Blobs.Specialized;

namespace OrderFlow.DevHost.Timers;

/// <summary>
/// A listener lock this host holds, renewed three times per lease period. <see cref="Lost"/> is cancelled when a renewal
/// is refused (someone else holds it) or none has succeeded for a whole period (storage away: the lease may lapse and
/// be taken). Disposing releases it, so a host that stops hands its timers over at once.
/// </summary>
sealed partial class HeldLock : IAsyncDisposable
{
    readonly BlobLeaseClient lease;
    readonly CancellationTokenSource lost;
    readonly Task renewing;
    bool leaseLost;

    public HeldLock(BlobLeaseClient lease, TimerLockOptions options, TimeProvider time, ILogger logger, string functionName, CancellationToken stoppingToken)
    {
        this.lease = lease;
        lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        renewing = RenewAsync(options, time, logger, functionName);
    }

    public CancellationToken Lost => lost.Token;

    async Task RenewAsync(TimerLockOptions options, TimeProvider time, ILogger logger, string functionName)
    {
        var renewed = time.GetUtcNow();
        try
        {
            while (true)
            {
                await Task.Delay(options.LeasePeriod / 3, time, lost.Token);
                try
                {
                    await lease.RenewAsync(cancellationToken: lost.Token);
                    renewed = time.GetUtcNow();
                }
                catch (RequestFailedException ex) when (ex.Status != 409 && time.GetUtcNow() - renewed < options.LeasePeriod)
                {
                    LogRenewalFailed(logger, ex, functionName);
                }
            }
        }
        catch (RequestFailedException ex)
        {
            LogLost(logger, ex, functionName);
            leaseLost = true;
            await lost.CancelAsync();
        }
        catch (OperationCanceledException)
        {
            // Stopping, or lost already.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await lost.CancelAsync();
        await renewing;
        if (!leaseLost)
        {
            try
            {
                await lease.ReleaseAsync();
            }
            catch (RequestFailedException)
            {
                // The lease lapses on its own.
            }
        }
        lost.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer function {Function}: renewing its listener lock failed; trying again")]
    static partial void LogRenewalFailed(ILogger logger, Exception exception, string function);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer function {Function}: its listener lock was lost; another host may run it now")]
    static partial void LogLost(ILogger logger, Exception exception, string function);
}
