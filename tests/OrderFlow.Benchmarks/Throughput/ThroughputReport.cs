using System.Reflection;
using System.Text.RegularExpressions;
using DurableTask.AzureStorage;

namespace OrderFlow.Benchmarks.Throughput;

sealed record ThroughputResult(
    PhaseMeasurement Orders, PhaseMeasurement Bare, CeilingMeasurement Ceiling, string AzuriteVersion)
{
    public double CeilingOrdersPerSecond => Ceiling.OperationsPerSecond / Orders.OperationsEach;
}

/// <summary>The figures of one throughput run as a table, then where each order's storage operations go.</summary>
static partial class ThroughputReport
{
    const string App = "app";
    const int TopResources = 12;

    public static void Print(ThroughputResult result)
    {
        PrintHeadline(result);
        PrintComparison(result.Orders, result.Bare);
        var orders = result.Orders;
        PrintBreakdown("Per order by kind:", orders.Operations.By(o => o.Kind), orders);
        PrintBreakdown($"Per order by table, queue or container (top {TopResources}):", orders.Operations.By(o => o.Resource), orders, TopResources);
        PrintBreakdown("Per order, the app's own operations:", Owned(orders, owner => owner == App), orders);
        PrintBreakdown("Per order, everything but the app's rows:", Owned(orders, owner => owner != App), orders);
        PrintBreakdown("Per bare orchestration:", Owned(result.Bare, _ => true), result.Bare);
    }

    static void PrintHeadline(ThroughputResult result)
    {
        var (orders, bare, ceiling) = (result.Orders, result.Bare, result.Ceiling);
        var durable = typeof(AzureStorageOrchestrationService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0];
        Console.WriteLine();
        Console.WriteLine($"Throughput, {orders.Workflows} orders in Auto mode, no step delay ({Environment.ProcessorCount} cores, .NET {Environment.Version}, Azurite {result.AzuriteVersion}, DurableTask.AzureStorage {durable}):");
        Console.WriteLine($"  completed orders/s                      {orders.PerSecond,8:0.00}   ({orders.Elapsed.TotalSeconds:0.0} s from first post to last completion; Azurite busy {orders.AzuriteBusy:P0})");
        Console.WriteLine($"  storage ceiling for the same mix        {result.CeilingOrdersPerSecond,8:0.00}   ({ceiling.OperationsPerSecond:0} raw ops/s over {ceiling.Replayed} replayed, {ceiling.ExtraReceives} of them extra receives for deletes, ÷ {orders.OperationsEach:0.0} ops/order; Azurite busy {ceiling.AzuriteBusy:P0})");
        Console.WriteLine($"  achieved / ceiling                      {orders.PerSecond / result.CeilingOrdersPerSecond,8:0.00}   (target >= 0.5)");
        Console.WriteLine($"  bare 5-activity orchestrations/s        {bare.PerSecond,8:0.00}   (Azurite busy {bare.AzuriteBusy:P0})");
    }

    static void PrintComparison(PhaseMeasurement orders, PhaseMeasurement bare)
    {
        Console.WriteLine();
        Console.WriteLine("                                        per order   per bare orchestration   ratio");
        var orderOwners = orders.Operations.By(o => BenchHosts.OwnerOf(o.Resource));
        var bareOwners = bare.Operations.By(o => BenchHosts.OwnerOf(o.Resource));
        Row("storage operations", orders.OperationsEach, bare.OperationsEach);
        foreach (var owner in new[] { "task hub", App, "other" })
        {
            Row("  " + owner, Each(orderOwners, owner, orders), Each(bareOwners, owner, bare));
        }
        Row("Azurite CPU ms", orders.AzuriteCpuMsEach, bare.AzuriteCpuMsEach);
        var business = Each(orderOwners, App, orders);
        Console.WriteLine($"  order path without business rows: {orders.OperationsEach - business:0.0} ops = {(orders.OperationsEach - business) / bare.OperationsEach:0.00}× bare (issue: at most 1.5×)");
        // Azurite's CPU cannot be split by resource; business rows are priced at the bare run's CPU per operation.
        var cpuPerOp = bare.AzuriteCpuMs / bare.Operations.Count;
        Console.WriteLine($"  Azurite CPU, business rows priced at bare's {cpuPerOp:0.00} ms/op: {(orders.AzuriteCpuMsEach - business * cpuPerOp) / bare.AzuriteCpuMsEach:0.00}× bare (issue: at most 1.5×)");
    }

    /// <summary>The operations on resources whose owner passes, by resource and kind, with the hub's partitioned control queues as one.</summary>
    static IReadOnlyDictionary<string, OperationTotals> Owned(PhaseMeasurement phase, Func<string, bool> owner) =>
        new OperationSnapshot(phase.Operations.Totals.Where(t => owner(BenchHosts.OwnerOf(t.Key.Resource))).ToDictionary())
            .By(o => $"{ControlQueues().Replace(o.Resource, "control-*")} {o.Kind}");

    [GeneratedRegex(@"control-\d+$")]
    private static partial Regex ControlQueues();

    static double Each(IReadOnlyDictionary<string, OperationTotals> byOwner, string owner, PhaseMeasurement phase) =>
        (double)(byOwner.GetValueOrDefault(owner) ?? OperationTotals.None).Count / phase.Workflows;

    static void Row(string label, double perOrder, double perBare) =>
        Console.WriteLine($"  {label,-36} {perOrder,9:0.0}   {perBare,22:0.0}   {(perBare > 0 ? $"{perOrder / perBare:0.00}×" : "-"),6}");

    static void PrintBreakdown(string title, IReadOnlyDictionary<string, OperationTotals> groups, PhaseMeasurement phase, int top = int.MaxValue)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        foreach (var (name, totals) in groups.OrderByDescending(g => g.Value.Count).Take(top))
        {
            var failed = totals.Failures > 0 ? $"   {totals.Failures * 100.0 / totals.Count:0}% answered 4xx/5xx" : "";
            Console.WriteLine($"  {name,-36} {(double)totals.Count / phase.Workflows,9:0.0}   {totals.MeanRequestBytes,7:0} B up {totals.MeanResponseBytes,7:0} B down{failed}");
        }
    }
}
