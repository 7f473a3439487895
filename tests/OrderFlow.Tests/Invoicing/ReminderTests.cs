using OrderFlow.Core.Invoicing;
using static OrderFlow.Tests.Invoicing.Receivables;

namespace OrderFlow.Tests.Invoicing;

public class ReminderTests
{
    static readonly ReminderSchedule Default = new PaymentReminderOptions().Schedule;

    // Issued 15 February 2028 with 14 days net: due 29 February (a leap day); friendly from 3 March, second from
    // 14 March, final from 30 March.
    static readonly Invoice LeapYearInvoice = Issued("2028-02-15");

    public static TheoryData<string, ReminderLevel?> LevelsByDay => new()
    {
        { "2028-02-29", null },
        { "2028-03-02", null },
        { "2028-03-03", ReminderLevel.Friendly },
        { "2028-03-13", ReminderLevel.Friendly },
        { "2028-03-14", ReminderLevel.Second },
        { "2028-03-29", ReminderLevel.Second },
        { "2028-03-30", ReminderLevel.Final },
        { "2029-03-30", ReminderLevel.Final },
    };

    [Theory]
    [MemberData(nameof(LevelsByDay))]
    public void ReminderDue_DefaultScheduleDaysAfterALeapDayDueDate_TheLevelReached(string today, ReminderLevel? level) =>
        Assert.Equal(level, LeapYearInvoice.ReminderDue(Default, Day(today)));

    [Fact]
    public void ReminderDue_LevelRecorded_NotDueAgainUntilTheNextLevel()
    {
        var reminded = LeapYearInvoice.WithReminder(ReminderLevel.Friendly, DateTimeOffset.UnixEpoch);

        Assert.Null(reminded.ReminderDue(Default, Day("2028-03-13")));
        Assert.Equal(ReminderLevel.Second, reminded.ReminderDue(Default, Day("2028-03-14")));
    }

    [Fact]
    public void ReminderDue_NoReminderSentUntilTheFinalIsDue_OnlyTheFinalAndNothingAfterIt()
    {
        var due = LeapYearInvoice.ReminderDue(Default, Day("2028-04-15"));
        var reminded = LeapYearInvoice.WithReminder(due!.Value, DateTimeOffset.UnixEpoch);

        Assert.Equal(ReminderLevel.Final, due);
        Assert.Equal([ReminderLevel.Final], reminded.Reminders.Select(r => r.Level));
        Assert.Null(reminded.ReminderDue(Default, Day("2028-05-15")));
    }

    [Fact]
    public void ReminderDue_PaidOrCredited_None()
    {
        var late = Day("2028-04-15");

        Assert.Null(LeapYearInvoice.Paying(6450).ReminderDue(Default, late));
        Assert.Null(LeapYearInvoice.WithCreditRequested(LeapYearInvoice.IssuedAt.AddDays(1), "Returned.").ReminderDue(Default, late));
        Assert.Equal(ReminderLevel.Final, LeapYearInvoice.Paying(6000).ReminderDue(Default, late));
    }

    [Fact]
    public void WithReminder_SameOrLowerLevelOrPaid_SameInvoice()
    {
        var at = new DateTimeOffset(2028, 3, 14, 8, 0, 0, TimeSpan.Zero);
        var second = LeapYearInvoice.WithReminder(ReminderLevel.Second, at);

        Assert.Equal([new InvoiceReminder(ReminderLevel.Second, at)], second.Reminders);
        Assert.Same(second, second.WithReminder(ReminderLevel.Second, at.AddDays(1)));
        Assert.Same(second, second.WithReminder(ReminderLevel.Friendly, at.AddDays(1)));
        var paid = LeapYearInvoice.Paying(6450);
        Assert.Same(paid, paid.WithReminder(ReminderLevel.Friendly, at));
    }

    [Theory]
    [InlineData(0, 14, 30)]
    [InlineData(3, 3, 30)]
    [InlineData(3, 14, 14)]
    [InlineData(3, 14, 366)]
    public void Schedule_LevelsNotAscendingOrOutOfRange_Invalid(int friendly, int second, int final)
    {
        Assert.False(new PaymentReminderOptions { FriendlyAfterDays = friendly, SecondAfterDays = second, FinalAfterDays = final }.IsValid);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReminderSchedule(friendly, second, final));
    }

    [Fact]
    public void Schedule_OwnDays_LevelsFollowThem()
    {
        var schedule = new ReminderSchedule(1, 7, 21);

        Assert.Equal<ReminderLevel?>([null, ReminderLevel.Friendly, ReminderLevel.Second, ReminderLevel.Final], [schedule.LevelReached(0), schedule.LevelReached(6), schedule.LevelReached(7), schedule.LevelReached(21)]);
    }
}
