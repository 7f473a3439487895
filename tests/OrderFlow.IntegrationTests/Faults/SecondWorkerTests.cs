using OrderFlow.DevHost.Durable;
using OrderFlow.IntegrationTests.Fixtures;
using Xunit.Abstractions;

namespace OrderFlow.IntegrationTests.Faults;

/// <summary>
/// Two DevHost processes on one storage account and one task hub, as Azure runs a scaled-out app: the Azure Storage
/// provider balances the hub's partitions between them. One is killed (SIGKILL) half way through a batch of orders
/// posted to both; the other takes over its partitions and finishes every order, and every invariant holds.
/// </summary>
[Collection(CrashPointTests.Name)]
public class SecondWorkerTests(ITestOutputHelper output)
{
    static readonly int Orders = FaultSize.Orders(40);

    // DevHost's own 15 s partition lease is short enough: a dead worker's partitions are claimed within the lease and
    // one 5 s pass of the survivor's partition manager, and its messages come back after DevHostProcess's 20 s
    // visibility timeout. Nothing here is tuned.
    static readonly TimeSpan TakeOver = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task TwoWorkersOnOneTaskHub_OneKilledHalfWay_TheOtherTakesOverItsPartitionsAndInvariantsHold()
    {
        await using var scenario = await FaultScenario.StartAsync();
        using var second = await scenario.StartWorkerAsync("second");
        var hub = new TaskHubStore(scenario.Settings["AzureWebJobsStorage"]!, scenario.Names.TaskHub, partitionCount: 4);
        var first = DurableSidecar.WorkerIdOf(scenario.Host.ProcessId);
        var killed = DurableSidecar.WorkerIdOf(second.ProcessId);
        async Task<Ownership> OwnersAsync() => new(await hub.PartitionOwnersAsync());
        var balanced = await Eventually.WaitForAsync(OwnersAsync, o => o.Owns(first) && o.Owns(killed), TakeOver, "both workers owning partitions");
        output.WriteLine($"partitions before the kill: {balanced}");

        using var secondHttp = second.CreateClient();
        var alive = true;
        // Odd orders to the first worker, even ones to the second while it lives; a post it never answers goes again
        // to the first, as a shop's redelivery lands on whichever instance the load balancer picks.
        Func<HttpClient> Through(int n) => () => n % 2 == 0 && Volatile.Read(ref alive) ? secondHttp : scenario.Http;
        var posts = new ParallelOptions { MaxDegreeOfParallelism = 4 };
        await Parallel.ForEachAsync(Enumerable.Range(1, Orders / 2), posts, async (n, _) => await scenario.PostAsync(n, Through(n)));
        var rest = Parallel.ForEachAsync(Enumerable.Range(Orders / 2 + 1, Orders / 2), posts, async (n, _) => await scenario.PostAsync(n, Through(n)));
        Volatile.Write(ref alive, false);
        second.Kill();
        await rest;

        var after = await Eventually.WaitForAsync(OwnersAsync, o => o.AllOwnedBy(first), TakeOver, "the first worker owning every partition");
        output.WriteLine($"partitions after the kill: {after}");
        Assert.Equal(Orders, scenario.Accepted.Distinct().Count());
        // The killed worker's outbox may have had emails accepted by the SMTP server and not yet marked sent.
        var took = await scenario.AssertInvariantsAsync(emailRepeats: OrderInvariants.RepeatsPerKill);
        output.WriteLine($"{took.TotalSeconds:0} s for {Orders} orders on two workers, one killed half way");
    }

    /// <summary>Who owns which partition; it reads as such in a timeout's message.</summary>
    sealed record Ownership(IReadOnlyDictionary<string, string?> Owners)
    {
        public bool Owns(string worker) => Owners.Values.Contains(worker);

        public bool AllOwnedBy(string worker) => Owners.Count > 0 && Owners.Values.All(owner => owner == worker);

        public override string ToString() =>
            string.Join(", ", Owners.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value ?? "none"}"));
    }
}
