namespace OrderFlow.Core.Invoicing;

/// <summary>
/// Section "OrderFlow:Finance:Reminders": how many days after an invoice's due date each payment reminder falls due.
/// Checked at start (<see cref="ReminderSchedule.IsValid"/>): a schedule out of order would skip its milder levels.
/// </summary>
public sealed class PaymentReminderOptions
{
    public const string Section = "OrderFlow:Finance:Reminders";

    public int FriendlyAfterDays { get; set; } = 3;

    public int SecondAfterDays { get; set; } = 14;

    public int FinalAfterDays { get; set; } = 30;

    public bool IsValid => ReminderSchedule.IsValid(FriendlyAfterDays, SecondAfterDays, FinalAfterDays);

    public ReminderSchedule Schedule => new(FriendlyAfterDays, SecondAfterDays, FinalAfterDays);
}
