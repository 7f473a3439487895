using DurableTask.Core;
using DurableTask.Core.History;
using OrderFlow.DevHost.Durable;

namespace OrderFlow.Tests.DevHost;

public class StaleMessagesTests
{
    static readonly OrchestrationInstance Run = new() { InstanceId = "order-1", ExecutionId = "run-1" };

    static TaskMessage Start(OrchestrationInstance instance) =>
        new() { Event = new ExecutionStartedEvent(-1, "{}") { Name = "Workflow", OrchestrationInstance = instance }, OrchestrationInstance = instance };

    static TaskMessage TaskDone(OrchestrationInstance instance) => new() { Event = new TaskCompletedEvent(-1, 0, "true"), OrchestrationInstance = instance };

    static TaskMessage Raised(string name) =>
        new() { Event = new EventRaisedEvent(-1, "\"x\"") { Name = name }, OrchestrationInstance = new OrchestrationInstance { InstanceId = Run.InstanceId } };

    static TaskOrchestrationWorkItem WorkItem(bool started, params TaskMessage[] messages) => new()
    {
        InstanceId = Run.InstanceId,
        OrchestrationRuntimeState = started
            ? new OrchestrationRuntimeState([new OrchestratorStartedEvent(-1), Start(Run).Event, new TaskScheduledEvent(0, "Step"), new OrchestratorCompletedEvent(-1)])
            : new OrchestrationRuntimeState(),
        NewMessages = [.. messages],
    };

    [Fact]
    public void Drop_StartRedeliveredToAStartedInstance_DroppedAndTheTaskResultKept()
    {
        var redelivered = Start(Run);
        var done = TaskDone(Run);
        var workItem = WorkItem(started: true, redelivered, done);

        var dropped = StaleMessages.Drop(workItem);

        Assert.Equal([redelivered], dropped);
        Assert.Equal([done], workItem.NewMessages);
    }

    [Fact]
    public void Drop_TwoStartsOfANewInstance_TheFirstKept()
    {
        var first = Start(Run);
        var again = Start(Run);
        var workItem = WorkItem(started: false, first, again);

        var dropped = StaleMessages.Drop(workItem);

        Assert.Equal([again], dropped);
        Assert.Equal([first], workItem.NewMessages);
    }

    [Fact]
    public void Drop_ResultOfAnotherExecution_DroppedAndAClientEventWithoutExecutionKept()
    {
        var earlier = TaskDone(new OrchestrationInstance { InstanceId = Run.InstanceId, ExecutionId = "run-0" });
        var approval = Raised("Approved");
        var workItem = WorkItem(started: true, earlier, approval);

        var dropped = StaleMessages.Drop(workItem);

        Assert.Equal([earlier], dropped);
        Assert.Equal([approval], workItem.NewMessages);
    }

    [Fact]
    public void Drop_FreshBatch_NothingDropped()
    {
        var messages = new[] { Start(Run), TaskDone(Run), Raised("Approved") };
        var workItem = WorkItem(started: false, messages);

        Assert.Empty(StaleMessages.Drop(workItem));
        Assert.Equal(messages, workItem.NewMessages);
    }
}
