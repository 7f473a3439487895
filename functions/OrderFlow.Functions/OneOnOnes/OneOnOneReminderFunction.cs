using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.OneOnOnes;

namespace OrderFlow.Functions.OneOnOnes;

public sealed class OneOnOneReminderFunction(ReminderDispatch dispatch)
{
    /// <summary>
    /// Daily at 07:00 UTC: mid-morning in Europe, afternoon in Asia, the evening before in the Americas — each
    /// still the day before a meeting in its own time zone. Running twice sends nothing twice.
    /// </summary>
    [Function("SendOneOnOneReminders")]
    public Task RunAsync([TimerTrigger("0 0 7 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        dispatch.RunAsync(cancellationToken);
}
