using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.Tests.Orders.Channels;
using static OrderFlow.Tests.Orders.Workflow.WorkflowStandIns;

namespace OrderFlow.Tests.Orders.Workflow;

/// <summary>
/// An activity call the engine never answers (as the Azure Storage provider can lose one in a task hub outage): the
/// workflow names it in its custom status, and the sweep's nudge has it made again. On the in-memory Durable Task host.
/// </summary>
public class StuckStepControlTests
{
    [Fact]
    public async Task PickNeverAnswered_SweptAfterItsTime_MadeAgainOnceAndTheOrderCompletes()
    {
        await WithFirstPickLostAsync(async (host, standIns, picks) =>
        {
            var stuck = await StepInFlightAsync(host.Client, OrderTasks.Fulfil);

            Assert.Equal((0, 0), await SweepAsync(host.Client, stuck.Since + new StuckStepOptions().After - TimeSpan.FromSeconds(1)));
            Assert.Equal((1, 0), await SweepAsync(host.Client, stuck.Since + new StuckStepOptions().After));
            await standIns.WaitForStepAsync("deliver");

            // Done, but the lost call keeps the instance open, until the next sweep ends it.
            var held = await CustomStatusAsync(host.Client, status => EndedHeldOpen.Parse(status) is not null);
            Assert.Equal(new EndedHeldOpen("Completed"), EndedHeldOpen.Parse(held));
            Assert.Equal((0, 1), await SweepAsync(host.Client, DateTime.UtcNow));
            var output = await EndedAsync(host.Client);

            Assert.Equal(OrchestrationRuntimeStatus.Terminated, output.RuntimeStatus);
            Assert.Equal("\"Completed\"", output.SerializedOutput);
            Assert.Equal(["reserve", "pick", "ship", "deliver"], standIns.Steps.Select(s => s.Split(" ")[0]));
            Assert.Equal(2, picks());
        }, lostAnswersInTheEnd: false);
    }

    [Fact]
    public async Task NudgeForAnEarlierCall_Ignored_TheCallWaitedForStaysTheOne()
    {
        await WithFirstPickLostAsync(async (host, _, picks) =>
        {
            var stuck = await StepInFlightAsync(host.Client, OrderTasks.Fulfil);
            var before = (await host.Client.GetInstanceAsync(InstanceId))!.LastUpdatedAt;

            await host.Client.RaiseEventAsync(InstanceId, OrderEvents.StuckStep, new StuckStepNudge(stuck.Call - 1));
            await WaitForAnEpisodeAfterAsync(host.Client, before);

            Assert.Equal(stuck, await StepInFlightAsync(host.Client, OrderTasks.Fulfil));
            Assert.Equal(1, picks());
        });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("\"Waiting\"")]
    [InlineData("{\"task\":\"\",\"call\":1,\"since\":\"2026-12-03T10:00:00Z\"}")]
    [InlineData("{\"task\":\"Order.Fulfil\",\"call\":0,\"since\":\"2026-12-03T10:00:00Z\"}")]
    [InlineData("{not json")]
    public void Parse_NoStepOrAnotherShape_None(string? customStatus) => Assert.Null(StepInFlight.Parse(customStatus));

    [Theory]
    [InlineData("{\"task\":\"Order.Fulfil\",\"call\":3,\"since\":\"2026-12-03T10:00:00Z\"}")]
    [InlineData("{\"outcome\":\"\"}")]
    [InlineData("\"Completed\"")]
    public void ParseEnded_AStepOrAnotherShape_None(string customStatus) => Assert.Null(EndedHeldOpen.Parse(customStatus));

    [Fact]
    public void IsStuck_FromItsTimeOn()
    {
        var step = StepInFlight.Parse("{\"task\":\"Order.Fulfil\",\"call\":3,\"since\":\"2026-12-03T10:00:00Z\"}")!;
        var since = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(new StepInFlight("Order.Fulfil", 3, since.UtcDateTime), step);
        Assert.False(step.IsStuck(since.AddMinutes(15).AddTicks(-1), TimeSpan.FromMinutes(15)));
        Assert.True(step.IsStuck(since.AddMinutes(15), TimeSpan.FromMinutes(15)));
    }

    /// <summary>
    /// An Auto order whose first pick call is not answered until the test is over; <c>picks</c> counts the pick calls
    /// made. When <paramref name="lostAnswersInTheEnd"/>, the late answer ends the workflow as usual.
    /// </summary>
    static async Task WithFirstPickLostAsync(Func<DurableTaskTestHost, WorkflowStandIns, Func<int>, Task> test, bool lostAnswersInTheEnd = true)
    {
        var lost = new TaskCompletionSource();
        var picks = 0;
        var standIns = new WorkflowStandIns { Fulfil = _ => Interlocked.Increment(ref picks) == 1 ? lost.Task : Task.CompletedTask };
        await using var host = await standIns.StartAsync();
        try
        {
            await StartOrderAsync(host, Input(FulfilmentMode.Auto, InvoiceTiming.Shipment));
            await test(host, standIns, () => Volatile.Read(ref picks));
        }
        finally
        {
            // The host waits for its running activities when it stops.
            lost.TrySetResult();
        }
        if (lostAnswersInTheEnd)
        {
            var output = await EndedAsync(host.Client);
            Assert.Equal(OrchestrationRuntimeStatus.Completed, output.RuntimeStatus);
            Assert.Equal("\"Completed\"", output.SerializedOutput);
        }
    }

    static async Task<OrchestrationMetadata> EndedAsync(DurableTaskClient client)
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await client.WaitForInstanceCompletionAsync(InstanceId, getInputsAndOutputs: true, cancellation.Token);
    }

    /// <summary>The sweep as its timer runs it, at <paramref name="now"/>.</summary>
    static Task<(int Nudged, int Terminated)> SweepAsync(DurableTaskClient client, DateTime now) =>
        new StuckStepSweep(Options.Create(new StuckStepOptions()), new FixedTimeProvider(new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc))), NullLogger<StuckStepSweep>.Instance)
            .SweepAsync(client, CancellationToken.None);

    /// <summary>Until the instance has run an episode since <paramref name="before"/> (it read the event raised), ten seconds at most.</summary>
    static async Task WaitForAnEpisodeAfterAsync(DurableTaskClient client, DateTimeOffset before)
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while ((await client.GetInstanceAsync(InstanceId, cancellation.Token))!.LastUpdatedAt <= before)
        {
            await Task.Delay(50, cancellation.Token);
        }
    }

    /// <summary>Until the instance's custom status names a call of <paramref name="task"/>, for ten seconds at most.</summary>
    static async Task<StepInFlight> StepInFlightAsync(DurableTaskClient client, string task) =>
        StepInFlight.Parse(await CustomStatusAsync(client, status => StepInFlight.Parse(status)?.Task == task))!;

    /// <summary>Until the instance's custom status is as <paramref name="wanted"/> says, for ten seconds at most.</summary>
    static async Task<string?> CustomStatusAsync(DurableTaskClient client, Func<string?, bool> wanted)
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            // The engine gives an instance's custom status with its input and output only.
            var status = (await client.GetInstanceAsync(InstanceId, getInputsAndOutputs: true, cancellation.Token))?.SerializedCustomStatus;
            if (wanted(status))
            {
                return status;
            }
            await Task.Delay(50, cancellation.Token);
        }
    }
}
