namespace OrderFlow.Core.Invoicing;

/// <summary>
/// How many days past the due date each reminder level falls due (by default 3, 14 and 30). Each level comes
/// strictly after the one before, so a day count reaches the levels in order.
/// </summary>
public readonly record struct ReminderSchedule
{
    public const int MaxDays = 365;

    public ReminderSchedule(int friendlyAfterDays, int secondAfterDays, int finalAfterDays)
    {
        if (!IsValid(friendlyAfterDays, secondAfterDays, finalAfterDays))
        {
            throw new ArgumentOutOfRangeException(nameof(friendlyAfterDays), Rule);
        }
        FriendlyAfterDays = friendlyAfterDays;
        SecondAfterDays = secondAfterDays;
        FinalAfterDays = finalAfterDays;
    }

    public const string Rule = "Reminder days are whole days after the due date, from 1 to 365, each level later than the one before.";

    public int FriendlyAfterDays { get; }

    public int SecondAfterDays { get; }

    public int FinalAfterDays { get; }

    public static bool IsValid(int friendly, int second, int final) =>
        friendly is >= 1 and <= MaxDays && second > friendly && second <= MaxDays && final > second && final <= MaxDays;

    /// <summary>The highest level due <paramref name="daysPastDue"/> days after the due date; null before the first.</summary>
    public ReminderLevel? LevelReached(int daysPastDue) =>
        daysPastDue >= FinalAfterDays ? ReminderLevel.Final
        : daysPastDue >= SecondAfterDays ? ReminderLevel.Second
        : daysPastDue >= FriendlyAfterDays ? ReminderLevel.Friendly
        : null;
}
