using System.Collections.Concurrent;
using System.Diagnostics;
using Azure;

namespace OrderFlow.Benchmarks.Soak;

/// <summary>
/// Orders at a fixed rate whatever the answers' speed (an open loop, as shops and customers send them), each then
/// driven to its end. Only orders still open are held, so the generator's memory follows what is in flight.
/// </summary>
sealed class OrderLoad(SoakIntake intake, OrderDriver driver, SoakLog log) : IDisposable
{
    readonly ConcurrentDictionary<int, Task> open = new();
    readonly CancellationTokenSource drainOver = new();

    public int Open => open.Count;

    /// <summary>Sends for the plan's duration and answers after the last send; the orders' driving goes on.</summary>
    public async Task SendAsync(SoakPlan plan)
    {
        var interval = TimeSpan.FromSeconds(1 / plan.OrdersPerSecond);
        var total = (int)(plan.OrdersPerSecond * plan.Duration.TotalSeconds);
        var clock = Stopwatch.StartNew();
        for (var n = 1; n <= total; n++)
        {
            var due = interval * (n - 1);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
            var order = SoakOrder.Of(n);
            var run = Task.Run(() => RunOneAsync(order, drainOver.Token));
            open[n] = run;
            _ = run.ContinueWith(ended => open.TryRemove(order.Number, out var _), TaskScheduler.Default);
        }
    }

    /// <summary>Answers when every order has ended, or after <paramref name="limit"/> with the rest given up on.</summary>
    public async Task DrainAsync(TimeSpan limit)
    {
        drainOver.CancelAfter(limit);
        await Task.WhenAll(open.Values);
    }

    public void Dispose() => drainOver.Dispose();

    async Task RunOneAsync(SoakOrder order, CancellationToken drainOver)
    {
        SentOrder sent;
        try
        {
            sent = await intake.SendAsync(order);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or RequestFailedException)
        {
            log.Failed($"intake of {order.Channel} order {order.Number}: {ex.Message}");
            return;
        }
        log.Sent(sent);
        try
        {
            await driver.DriveAsync(sent, drainOver);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An answer the driver could not read: reported as a failure, and the order counts as neither ended nor open.
            log.Failed($"driving {sent.OrderId}: {ex.GetType().Name} {ex.Message}");
        }
    }
}
