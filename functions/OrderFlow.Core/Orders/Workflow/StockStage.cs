namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// Reserved or Backordered: the order reserves all its lines at once, or waits for stock and tries again when a
/// restock wakes it or a retry timer fires, until it is cancelled or the backorder limit passes.
/// </summary>
static class StockStage
{
    // While backordered the order retries its reservation, waiting twice as long each time up to an hour, so
    // a week's wait stays under two hundred retries in the orchestration's history.
    static readonly TimeSpan FirstBackorderRetry = TimeSpan.FromSeconds(30);
    static readonly TimeSpan LongestBackorderRetry = TimeSpan.FromHours(1);
    static readonly TimeSpan BackorderLimit = TimeSpan.FromDays(7);

    /// <summary>
    /// Answers false when a cancel request came or the backorder limit passed without stock. Starts from the attempt
    /// validation made (<paramref name="tried"/>), if it made one.
    /// </summary>
    public static async Task<bool> ReserveOrWaitAsync(OrderRun run, PricedOrder order, ReservationOutcome? tried)
    {
        var giveUpAt = run.Context.CurrentUtcDateTime + BackorderLimit;
        var wait = FirstBackorderRetry;
        var outcome = tried;
        while (run.Context.CurrentUtcDateTime < giveUpAt)
        {
            if (outcome is null)
            {
                // A cancel that came before the stock was held (even before the order started) reserves nothing.
                if (run.IsCancelRequested)
                {
                    return false;
                }
                outcome = await run.CallAsync<ReservationOutcome>(OrderTasks.Reserve, order);
            }
            if (outcome.Reserved)
            {
                return true;
            }
            if (await run.WaitForStockAsync(wait))
            {
                return false;
            }
            wait = wait * 2 < LongestBackorderRetry ? wait * 2 : LongestBackorderRetry;
            outcome = null;
        }
        return false;
    }
}
