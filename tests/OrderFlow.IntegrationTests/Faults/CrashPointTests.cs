using Azure.Data.Tables;
using OrderFlow.Core.Email;
using OrderFlow.Core.Storage;
using OrderFlow.IntegrationTests.Fixtures;
using Xunit.Abstractions;

namespace OrderFlow.IntegrationTests.Faults;

/// <summary>
/// Kills the DevHost process (SIGKILL) at named points while 30 orders are in flight, each when the fault proxy sees the
/// storage call of that point (held, so it never lands), and restarts it; after the last restart every order ends and
/// every invariant holds. No crash hooks in the app: the points are storage calls.
/// </summary>
[Collection(Name)]
public class CrashPointTests(ITestOutputHelper output)
{
    /// <summary>Scenarios that kill a DevHost process or the Azurite under it, one after the other, beside the rest of the suite.</summary>
    public const string Name = "crash points";
    static readonly int Orders = FaultSize.Orders(30);
    const int Kills = 4;
    static readonly TimeSpan PointReached = TimeSpan.FromMinutes(2);

    [Fact]
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

    [Fact]
    public async Task KilledBetweenAnEmailsClaimAndItsSend_Restarted_EmailGoesOnceAfterTheClaimLapses()
    {
        await using var scenario = await FaultScenario.StartAsync();
        var sentEmails = new TableClient(scenario.Settings["AzureWebJobsStorage"], scenario.Settings[StorageNames.PrefixSetting] + "SentEmails");
        // The first order's confirmation claimed (the insert stored), the host killed before it hears so. The order goes
        // on meanwhile, so its shipped email may be claimed by the time the host is back: the confirmation's row is the one.
        var claim = scenario.Faults.LandFirstAndHoldItsAnswerAsync(call => call.Method == "POST" && call.Resource == sentEmails.Name);
        await scenario.PostAsync(1);
        output.WriteLine($"killed after the claim: {await claim.WaitAsync(PointReached)}");
        await scenario.RestartAsync();
        var claimed = Assert.Single(await RowsAsync(sentEmails, scenario.Accepted[0]), row => row.RowKey == "confirmed");
        Assert.Equal("Sending", claimed.GetString("State"));

        await Parallel.ForEachAsync(Enumerable.Range(2, 4), async (n, _) => await scenario.PostAsync(n));
        await MailCatcher.WaitForAsync(scenario.CustomerEmail, 5 * 3);

        var took = await scenario.AssertInvariantsAsync();
        var sent = (await RowsAsync(sentEmails, scenario.Accepted[0])).Single(r => r.RowKey == claimed.RowKey);
        // Each write of the row stamps it: the mark came no sooner than the dead sender's claim lapsed.
        Assert.True(sent.GetDateTimeOffset("ClaimedAt") - claimed.GetDateTimeOffset("ClaimedAt") >= ClaimTiming.Default.Lifetime, "sent before the claim lapsed");
        output.WriteLine($"{took.TotalSeconds:0} s with a crash between claim and send");
    }

    static async Task<List<TableEntity>> RowsAsync(TableClient sentEmails, string orderId)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in sentEmails.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"order-" + orderId}")))
        {
            rows.Add(row);
        }
        return rows;
    }

    async Task KillAtAsync(FaultScenario scenario, Task<StorageCall> point, string name)
    {
        var call = await point.WaitAsync(PointReached);
        output.WriteLine($"killed at {name}: {call}");
        await scenario.RestartAsync();
    }
}
