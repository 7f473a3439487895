using OrderFlow.Core.Storage;
using OrderFlow.IntegrationTests.Fixtures;
using Xunit.Abstractions;

namespace OrderFlow.IntegrationTests.Faults;

/// <summary>
/// Kills the DevHost process (SIGKILL) at named points while 30 orders are in flight, each when the fault proxy sees the
/// storage call of that point (held, so it never lands), and restarts it; after the last restart every order ends and
/// every invariant holds. No crash hooks in the app: the points are storage calls.
/// </summary>
[Collection(StorageFaultTests.Name)]
public class CrashPointTests(ITestOutputHelper output)
{
    const int Orders = 30;
    const int Kills = 4;
    static readonly TimeSpan PointReached = TimeSpan.FromMinutes(2);

    [Fact, Budget(600)]
    public async Task KilledInIntakeReservationInvoiceNumberingAndBeforeASentMark_Restarted_InvariantsHold()
    {
        await using var scenario = await FaultScenario.StartAsync();
        var tables = scenario.Settings[StorageNames.PrefixSetting];

        // Intake has stored the order and not yet queued its start.
        var intake = scenario.Faults.HoldFirstAsync(call => call.Service == "Queue" && call.Method == "POST" && call.Resource == scenario.Settings["OrderStartQueue"]);
        var posting = Parallel.ForEachAsync(Enumerable.Range(1, Orders), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (n, _) => await scenario.PostAsync(n));
        await KillAtAsync(scenario, intake, "intake");
        // A reservation's transaction (stock rows and the reservation row) about to be written.
        await KillAtAsync(scenario, scenario.Faults.HoldFirstAsync(call => call.Path.EndsWith("$batch", StringComparison.Ordinal) && call.Resource == tables + "Catalogue"), "reservation");
        // An invoice's transaction (the series counter, the invoice and its indexes) about to be written.
        await KillAtAsync(scenario, scenario.Faults.HoldFirstAsync(call => call.Path.EndsWith("$batch", StringComparison.Ordinal) && call.Resource == tables + "Invoices"), "invoice numbering");
        // An email the SMTP server accepted, its sent mark about to be written: it goes again after the restart.
        await KillAtAsync(scenario, scenario.Faults.HoldFirstAsync(call => call.Method == "PUT" && call.Resource == tables + "SentEmails" && call.Path.Contains("'order-", StringComparison.Ordinal)), "sent mark");
        await posting;

        Assert.Equal(Orders, scenario.Accepted.Distinct().Count());
        // Each kill may cut every email in flight between the server's acceptance and its sent mark, not only the last
        // one's: each such email arriving twice with one Message-ID is what "once" allows (docs/orders.md).
        var took = await scenario.AssertInvariantsAsync(emailRepeats: Kills * OrderInvariants.RepeatsPerKill);
        output.WriteLine($"{took.TotalSeconds:0} s with four crashes");
    }

    async Task KillAtAsync(FaultScenario scenario, Task<StorageCall> point, string name)
    {
        var call = await point.WaitAsync(PointReached);
        output.WriteLine($"killed at {name}: {call}");
        await scenario.RestartAsync();
    }
}
