using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.TestFunctions;

namespace OrderFlow.IntegrationTests.Faults;

[Collection(CrashPointTests.Name)]
public class LeaseRenewalFaultTests
{
    /// <summary>DevHost holds a message 30 s and renews every 10 s: a run of 35 s outlives the lease unless a later renewal works.</summary>
    const int RunSeconds = 35;

    [Fact]
    public async Task FirstLeaseRenewalFails_RunOutlivesTheLease_MessageNotDeliveredAgain()
    {
        var shared = await SharedServices.GetAsync();
        var names = TestNames.New();
        await using var faults = await StorageFaults.StartAsync(shared.StorageConnection);
        var settings = TestApp.Settings(shared, names);
        settings.Remove("urls");
        settings["AzureWebJobsStorage"] = faults.ConnectionString;
        using var host = await DevHostProcess.StartAsync(settings);
        var queue = new QueueClient(shared.StorageConnection, names.WorkQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.CreateIfNotExistsAsync();
        var effects = new EffectLog(new TableServiceClient(shared.StorageConnection).GetTableClient(names.EffectsTable));
        // A renewal is the only update of a message while its function runs; every try of the first fails.
        var renewalsRefused = faults.OutageFromFirstAsync(
            call => call.Method == "PUT" && call.Resource == names.WorkQueue && call.Path.Contains("/messages/", StringComparison.Ordinal),
            HttpStatusCode.ServiceUnavailable,
            TimeSpan.FromSeconds(8));

        await queue.SendMessageAsync(JsonSerializer.Serialize(new WorkItem("slow-1", Fail: false, Seconds: RunSeconds), JsonSerializerOptions.Web));
        await Eventually.WaitForAsync(() => effects.ReadAsync("queue"), rows => rows.Count > 0, TimeSpan.FromSeconds(RunSeconds + 30), "the run to finish");
        await renewalsRefused;

        Assert.True(faults.Failed > 0, "no renewal was refused");
        Assert.Single(await effects.ReadAsync(QueueProbeFunction.RunsGroup));
        Assert.Single(await effects.ReadAsync("queue"));
    }
}
