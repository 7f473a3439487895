using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrderFlow.DevHost.Durable;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.TestFunctions;

namespace OrderFlow.IntegrationTests.DevHost;

[Collection(SharedApps.TestFunctions)]
public class DurableWorkflowTests(TestApp app)
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    async Task StartAsync(string workflow, string instanceId, object? input = null)
    {
        var response = await app.Http.PostAsJsonAsync($"api/probe/workflows/{workflow}/{instanceId}", input);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    Task<WorkflowState> CompletedAsync(string instanceId) =>
        Eventually.WaitForAsync(() => app.WorkflowAsync(instanceId), s => s.Status is "Completed" or "Failed", Patience, $"{instanceId} to finish");

    [Fact]
    public async Task FiveActivityOrchestration_Completes_WithEachStepRecordedOnce()
    {
        await StartAsync(WorkflowFunctions.FiveSteps, "five-1");

        var state = await CompletedAsync("five-1");

        Assert.Equal("Completed", state.Status);
        Assert.Equal(["step-1", "step-2", "step-3", "step-4", "step-5"], state.OutputAs<List<string>>());
        Assert.Equal(5, (await app.Effects.ReadAsync("five-1")).Count);
    }

    [Fact]
    public async Task ExternalEvent_RaisedBeforeTimeout_Continues()
    {
        await StartAsync(WorkflowFunctions.Approval, "approve-1", 120);
        await Eventually.WaitForAsync(() => app.WorkflowAsync("approve-1"), s => s.Status == "Running", Patience, "the workflow to run");

        var raised = await app.Http.PostAsJsonAsync($"api/probe/workflows/approve-1/events/{WorkflowFunctions.ApprovedEvent}", "ana");
        var state = await CompletedAsync("approve-1");

        Assert.Equal(HttpStatusCode.Accepted, raised.StatusCode);
        Assert.Equal("approved by ana", state.OutputAs<string>());
    }

    [Fact]
    public async Task ExternalEvent_ToAFinishedOrUnknownInstance_RefusedAsTheHostRefusesIt()
    {
        await StartAsync(WorkflowFunctions.FiveSteps, "ended-1");
        await CompletedAsync("ended-1");

        using var finished = await app.Http.PostAsJsonAsync($"api/probe/workflows/ended-1/events/{WorkflowFunctions.ApprovedEvent}", "ana");
        using var unknown = await app.Http.PostAsJsonAsync($"api/probe/workflows/never-started-1/events/{WorkflowFunctions.ApprovedEvent}", "ana");

        Assert.Equal((HttpStatusCode.Conflict, "\"FailedPrecondition\""), (finished.StatusCode, await finished.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.Conflict, "\"NotFound\""), (unknown.StatusCode, await unknown.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ExternalEvent_NeverRaised_DurableTimerTimesOut()
    {
        await StartAsync(WorkflowFunctions.Approval, "timeout-1", 2);

        var state = await CompletedAsync("timeout-1");

        Assert.Equal("timed out", state.OutputAs<string>());
    }

    [Fact]
    public async Task Purger_FinishedInstanceOlderThanCutoff_Removed()
    {
        await StartAsync(WorkflowFunctions.FiveSteps, "purge-1");
        await CompletedAsync("purge-1");
        var purger = app.Server.Services.GetServices<IHostedService>().OfType<FinishedInstancePurger>().Single();

        var purged = await purger.PurgeOnceAsync(finishedBefore: DateTimeOffset.UtcNow.AddSeconds(1), CancellationToken.None);

        Assert.True(purged >= 1);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync("api/probe/workflows/purge-1")).StatusCode);
    }
}
