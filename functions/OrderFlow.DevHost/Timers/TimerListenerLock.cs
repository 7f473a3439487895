using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;

namespace OrderFlow.DevHost.Timers;

/// <summary>
/// A timer's listener lock, taken as the Functions host takes it: a lease on the blob
/// azure-webjobs-hosts/locks/{hostId}/{function}.Listener. Only the holder runs the schedule, so hosts sharing a
/// storage account run each occurrence once, and another host takes over when the holder stops renewing. The lease ID
/// is fixed per state folder, as the host's is per instance, so a DevHost restarted after a crash takes its own lock
/// back at once instead of waiting for the lease to lapse.
/// </summary>
sealed partial class TimerListenerLock(BlobContainerClient container, string hostId, string functionName, string leaseId, TimerLockOptions options, TimeProvider time, ILogger<TimerListenerLock> logger)
{
    /// <summary>Waits until this host holds the lock; the answer's token is cancelled when the lock is lost.</summary>
    public async Task<HeldLock> AcquireAsync(CancellationToken stoppingToken)
    {
        var blob = container.GetBlobClient($"locks/{hostId}/{functionName}.Listener");
        var lease = blob.GetBlobLeaseClient(leaseId);
        while (true)
        {
            try
            {
                await container.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                await CreateBlobIfMissingAsync(blob, stoppingToken);
                await lease.AcquireAsync(options.LeasePeriod, cancellationToken: stoppingToken);
                return new HeldLock(lease, options, time, logger, functionName, stoppingToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Another host holds it: poll until its lease lapses.
            }
            catch (RequestFailedException ex)
            {
                LogLockUnavailable(logger, ex, functionName);
            }
            await Task.Delay(options.RecoveryPollingInterval, time, stoppingToken);
        }
    }

    static async Task CreateBlobIfMissingAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Exists already, leased or not.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer function {Function}: its listener lock could not be taken; trying again")]
    static partial void LogLockUnavailable(ILogger logger, Exception exception, string function);
}

/// <summary>How long a listener lock's lease lasts and how often a host without it tries to take it.</summary>
sealed record TimerLockOptions
{
    /// <summary>The Functions host leases for 60 s; DevHost uses the shortest lease storage allows, so a stopped host's timers move on sooner.</summary>
    public TimeSpan LeasePeriod { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan RecoveryPollingInterval { get; init; } = TimeSpan.FromSeconds(5);
}
