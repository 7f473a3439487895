using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.DevHost.Configuration;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.TestFunctions;

namespace OrderFlow.IntegrationTests.DevHost;

[Collection(SharedApps.TestFunctions)]
public class RedeliveredStartTests(TestApp app)
{
    [Fact]
    public async Task StartMessage_DeliveredAgainToARunningInstance_DroppedAndTheInstanceCompletesWithOneHistory()
    {
        const string Id = "again-1";
        (await app.Http.PostAsJsonAsync($"api/probe/workflows/{WorkflowFunctions.Approval}/{Id}", 120)).EnsureSuccessStatusCode();
        await Eventually.WaitForAsync(() => app.WorkflowAsync(Id), s => s.Status == "Running", TimeSpan.FromSeconds(60), "the workflow to run");
        var shared = await SharedServices.GetAsync();
        var hub = new TaskHubStore(shared.StorageConnection, app.Names.TaskHub, HostSettings.From(app.Server.Services.GetRequiredService<IConfiguration>()).PartitionCount);

        await hub.RedeliverStartAsync(Id, WorkflowFunctions.Approval, "120");
        var raised = await app.Http.PostAsJsonAsync($"api/probe/workflows/{Id}/events/{WorkflowFunctions.ApprovedEvent}", "ana");
        var state = await Eventually.WaitForAsync(() => app.WorkflowAsync(Id), s => s.Status is "Completed" or "Failed", TimeSpan.FromSeconds(60), $"{Id} to finish");

        Assert.Equal(HttpStatusCode.Accepted, raised.StatusCode);
        Assert.Equal(("Completed", "approved by ana"), (state.Status, state.OutputAs<string>()));
        Assert.Equal(1, await hub.ExecutionStartsAsync(Id));
    }
}
