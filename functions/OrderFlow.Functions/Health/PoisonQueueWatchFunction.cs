using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Email;
using OrderFlow.Core.Health;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Surveys;
using OrderFlow.Functions.Orders;

namespace OrderFlow.Functions.Health;

public sealed class PoisonQueueWatchFunction(PoisonQueueWatch watch)
{
    /// <summary>The settings naming every queue a function of this app reads.</summary>
    public static readonly IReadOnlyList<string> QueueSettings =
        [OrderStarts.QueueSetting, OrderIntakeQueueFunction.QueueSetting, EmailOutbox.QueueSetting, InvitationFanOut.QueueSetting];

    /// <summary>Hourly: logs an error and emails operations (once a day) while any poison queue holds messages.</summary>
    [Function("WatchPoisonQueues")]
    public Task RunAsync([TimerTrigger("0 30 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        watch.CheckAsync(QueueSettings, cancellationToken);
}
