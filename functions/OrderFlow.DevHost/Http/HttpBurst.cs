namespace OrderFlow.DevHost.Http;

/// <summary>
/// Gives HTTP requests that bring work priority over background work while they arrive in a burst. Locally every
/// function shares one Azurite, whose single thread serves a webhook's one insert and a workflow's hundreds of
/// operations alike. Left alone, a burst of webhooks starts workflows whose storage calls queue ahead of the next
/// webhooks, and their acknowledgements slow from milliseconds to seconds, where shops give up and deliver again
/// (Shopify waits 5 s). In Azure the storage account and the host scale out instead. So background pollers (the queue
/// listeners and the durable dispatchers) wait while the last second saw more than
/// <see cref="BurstOptions.BusyAbove"/> requests, but never longer than <see cref="BurstOptions.MaxHold"/> at a
/// time, and then take one item only: a steady stream slows them to a trickle and cannot stop them. Pollers held
/// since the burst began all reach their longest hold together, so they take their items in turns, one per
/// <see cref="BurstOptions.TurnEvery"/>: all at once, their work stalled the requests of that moment (measured:
/// clusters of slow answers every 5 s).
/// </summary>
sealed class HttpBurst(BurstOptions options, TimeProvider time)
{
    static readonly TimeSpan Slot = TimeSpan.FromMilliseconds(100);
    const int SlotsPerSecond = 10;

    readonly Lock gate = new();
    readonly long[] counts = new long[SlotsPerSecond];
    readonly long[] slotNumbers = new long[SlotsPerSecond];
    DateTimeOffset nextTurn = DateTimeOffset.MinValue;

    /// <summary>
    /// Counts a request that brings work: anything but GET, HEAD and OPTIONS. Pollers reading an order's status must
    /// not hold that order's work back.
    /// </summary>
    public void Saw(string method)
    {
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
        {
            return;
        }
        var slot = CurrentSlot();
        lock (gate)
        {
            var i = (int)(slot % SlotsPerSecond);
            if (slotNumbers[i] != slot)
            {
                slotNumbers[i] = slot;
                counts[i] = 0;
            }
            counts[i]++;
        }
    }

    public long RequestsInLastSecond()
    {
        var slot = CurrentSlot();
        lock (gate)
        {
            var total = 0L;
            for (var i = 0; i < SlotsPerSecond; i++)
            {
                total += slot - slotNumbers[i] < SlotsPerSecond ? counts[i] : 0;
            }
            return total;
        }
    }

    public bool IsBusy => options.BusyAbove > 0 && RequestsInLastSecond() > options.BusyAbove;

    /// <summary>
    /// Returns at once when HTTP is quiet; otherwise when it quietens or after the longest hold. Answers whether it
    /// is still busy, when the caller should take one item only.
    /// </summary>
    public async Task<bool> WaitWhileBusyAsync(CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow() + options.MaxHold;
        while (IsBusy)
        {
            if (time.GetUtcNow() >= until && TryTakeTurn())
            {
                return true;
            }
            await Task.Delay(Slot, time, cancellationToken);
        }
        return false;
    }

    bool TryTakeTurn()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (now < nextTurn)
            {
                return false;
            }
            nextTurn = now + options.TurnEvery;
            return true;
        }
    }

    long CurrentSlot() => time.GetUtcNow().UtcTicks / Slot.Ticks;
}

/// <summary>Section "DevHost:Burst": when background work stands back for HTTP requests.</summary>
sealed class BurstOptions
{
    /// <summary>Requests in the last second above which HTTP counts as busy; 0 never holds background work back.</summary>
    public int BusyAbove { get; set; } = 20;

    /// <summary>The longest one background poll waits for a burst to pass before it takes one item.</summary>
    public TimeSpan MaxHold { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>During a burst, the least time between two pollers taking their one item.</summary>
    public TimeSpan TurnEvery { get; set; } = TimeSpan.FromSeconds(1);
}
