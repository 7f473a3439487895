using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Invoicing;

namespace OrderFlow.Functions.Invoicing;

public sealed class PaymentReminderFunction(PaymentReminders reminders)
{
    /// <summary>Daily at 08:00 UTC, the start of the working day in Europe; running twice sends nothing twice.</summary>
    [Function("SendPaymentReminders")]
    public Task RunAsync([TimerTrigger("0 0 8 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        reminders.RunAsync(cancellationToken);
}
