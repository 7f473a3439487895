using System.Text.Json.Serialization;

namespace OrderFlow.Core.Invoicing;

/// <summary>An invoice as a receivable: what is still owed on it, since when it is late, and the reminders it got.</summary>
public sealed partial record Invoice
{
    /// <summary>The reminders sent for it, in the order they went out.</summary>
    public IReadOnlyList<InvoiceReminder> Reminders { get; init; } = [];

    /// <summary>
    /// Owed by the customer: an invoice neither paid in full nor credited, nor waiting for its credit note (a credit
    /// request settles it as surely as the note does).
    /// </summary>
    [JsonIgnore]
    public bool IsOpen => Type == DocumentType.Invoice && (Status is InvoiceStatus.Issued or InvoiceStatus.PartiallyPaid) && Credit is null;

    /// <summary>What the customer still owes in minor units; zero once it is not open.</summary>
    [JsonIgnore]
    public long OpenMinor => IsOpen ? Math.Max(0, GrossMinor - PaidMinor) : 0;

    /// <summary>
    /// The date payment is owed by: the due date of its terms, or, on documents issued before terms were kept, the
    /// issue date (an invoice stating no terms is payable on receipt).
    /// </summary>
    [JsonIgnore]
    public DateOnly PayableBy => DueDate ?? DateOnly.FromDateTime(IssuedAt.UtcDateTime);

    /// <summary>Calendar days from <see cref="PayableBy"/> to <paramref name="today"/>: negative before it, 0 on it.</summary>
    public int DaysPastDue(DateOnly today) => today.DayNumber - PayableBy.DayNumber;

    /// <summary>Open and its due date has passed: from the day after the due date on.</summary>
    public bool IsOverdue(DateOnly today) => IsOpen && DaysPastDue(today) > 0;

    /// <summary>
    /// The reminder to send <paramref name="today"/>: the highest level the schedule has reached, when it is higher
    /// than every level sent so far; levels passed over while none was sent are skipped, not sent late. Null when the
    /// invoice is not open, not yet far enough past due, or already reminded at that level.
    /// </summary>
    public ReminderLevel? ReminderDue(ReminderSchedule schedule, DateOnly today)
    {
        if (!IsOpen || schedule.LevelReached(DaysPastDue(today)) is not { } reached)
        {
            return null;
        }
        return Reminders.Count > 0 && Reminders.Max(r => r.Level) >= reached ? null : reached;
    }

    /// <summary>Records a reminder once: unchanged when it is not open, or a reminder of this level or a later one is on it.</summary>
    public Invoice WithReminder(ReminderLevel level, DateTimeOffset at) =>
        !IsOpen || Reminders.Any(r => r.Level >= level) ? this : this with { Reminders = [.. Reminders, new InvoiceReminder(level, at)] };
}
