using OrderFlow.Core.Orders;

namespace OrderFlow.Benchmarks.Soak;

/// <summary>The soak's per-minute table as it runs, then the first and last windows side by side and the targets.</summary>
static class SoakReport
{
    public static void PrintHeader(SoakPlan plan)
    {
        Console.WriteLine($"Soak: {plan} ({Environment.ProcessorCount} cores, .NET {Environment.Version}).");
        Console.WriteLine("Intake: HTTP channels' time to answer (the queue's orders have none). Lag: Received to Completed, orders completed that minute.");
        Console.WriteLine("Memory: this process (DevHost and the load generator) and Azurite, sampled at the minute's end, as are the queues.");
        Console.WriteLine("Queues: ready/held messages (held includes those hidden until later, such as the task hub's durable timers).");
        Console.WriteLine("Probe: Azurite alone, an intake's writes without the app, once a second.");
        Console.WriteLine();
        Console.WriteLine("  min  orders  intake p50    p99 ms  probe p99 ms  ended  lag p50    p99 s   WS MB  heap MB  Azurite MB  app queues  task hub q  poison  failed");
    }

    public static void PrintMinute(int minute, MinuteRecord record, SoakPlan plan)
    {
        var intake = SoakWindow.StatsOf(record.IntakeMs());
        var lag = SoakWindow.StatsOf(record.CompletionLagSeconds());
        var probe = SoakWindow.StatsOf(record.ProbeMs());
        var r = record.Resources!;
        var phase = minute <= plan.WarmUpMinutes ? " warm-up" : "";
        Console.WriteLine(
            $"  {minute,3}  {record.Sent,6}  {Tenths(intake?.P50),10}  {Tenths(intake?.P99),8}  {Tenths(probe?.P99),12}  {record.Ended,5}  {Tenths(lag?.P50),7}  {Tenths(lag?.P99),7}"
            + $"  {r.WorkingSetMb,6:0}  {r.GcHeapMb,7:0}  {r.AzuriteRssMb,10:0}  {r.App,10}  {r.Hub,10}  {r.Poisoned,6}  {record.Failures,6}{phase}");
    }

    /// <summary>Prints the comparison and each target; true when every target is met.</summary>
    public static bool PrintSummary(SoakPlan plan, SoakLog log, ResourceSample afterDrain, int openInstances)
    {
        var first = SoakWindow.Of(log, plan.FirstWindow);
        var last = SoakWindow.Of(log, plan.LastWindow);
        Console.WriteLine();
        Console.WriteLine($"                                {first.Label,16}  {last.Label,16}   ratio");
        Row("orders sent", first.Sent, last.Sent, "0");
        Row("intake p50 ms", first.IntakeMs?.P50, last.IntakeMs?.P50, "0.0");
        Row("intake p99 ms", first.IntakeMs?.P99, last.IntakeMs?.P99, "0.0");
        Row("storage probe p50 ms", first.ProbeMs?.P50, last.ProbeMs?.P50, "0.0");
        Row("storage probe p99 ms", first.ProbeMs?.P99, last.ProbeMs?.P99, "0.0");
        Row("completion lag p50 s", first.LagSeconds?.P50, last.LagSeconds?.P50, "0.0");
        Row("completion lag p99 s", first.LagSeconds?.P99, last.LagSeconds?.P99, "0.0");
        Row("working set MB (mean)", first.WorkingSetMb, last.WorkingSetMb, "0");
        Row("GC heap MB (mean)", first.GcHeapMb, last.GcHeapMb, "0");
        Row("Azurite RSS MB (mean)", first.AzuriteRssMb, last.AzuriteRssMb, "0");
        Row("app queues ready (max)", first.AppDeepest.Ready, last.AppDeepest.Ready, "0");
        Row("app queues held (max)", first.AppDeepest.Held, last.AppDeepest.Held, "0");
        Row("task hub ready (max)", first.HubDeepest.Ready, last.HubDeepest.Ready, "0");
        Row("task hub held (max)", first.HubDeepest.Held, last.HubDeepest.Held, "0");
        Console.WriteLine();
        Console.WriteLine($"Orders: {log.SentCount} sent, {log.EndedCount} final ({Counts(log.Endings)}), {log.Unfinished.Values.Sum()} still open after the drain ({Counts(log.Unfinished)}); {openInstances} order orchestrations Running or Pending.");
        Console.WriteLine($"After the drain: ready/held messages {afterDrain.App} in the app's queues, {afterDrain.Hub} in the task hub's, {afterDrain.Poisoned} poisoned. Survey and finance requests: {log.SideRequests}.");
        foreach (var failure in log.FirstFailures)
        {
            Console.WriteLine($"  failed: {failure}");
        }
        Console.WriteLine();
        var checks = SoakTargets.Check(first, last, log, afterDrain, openInstances);
        foreach (var check in checks)
        {
            Console.WriteLine($"  {(check.Met ? "met   " : "MISSED")}  {check.Target}: {check.Figures}");
        }
        return checks.All(c => c.Met);
    }

    static void Row(string label, double? first, double? last, string format)
    {
        var ratio = first is > 0 && last is not null ? $"{last / first:0.00}×" : "-";
        Console.WriteLine($"  {label,-28}  {Figure(first, format),16}  {Figure(last, format),16}  {ratio,6}");
    }

    static string Figure(double? value, string format) => value?.ToString(format, System.Globalization.CultureInfo.InvariantCulture) ?? "-";

    static string Tenths(double? value) => Figure(value, "0.0");

    static string Counts(IReadOnlyDictionary<OrderStatus, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"));
}
