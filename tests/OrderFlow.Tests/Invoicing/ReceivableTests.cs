using OrderFlow.Core.Invoicing;
using static OrderFlow.Tests.Invoicing.Receivables;

namespace OrderFlow.Tests.Invoicing;

public class ReceivableTests
{
    public static TheoryData<string, int, bool, string, int> DaysPastDue => new()
    {
        // issued, net days, from month end, today, days past due
        { "2026-06-01", 14, false, "2026-06-15", 0 },
        { "2026-06-01", 14, false, "2026-06-16", 1 },
        { "2028-02-15", 14, false, "2028-03-01", 1 },   // due 29 February in a leap year
        { "2027-02-15", 14, false, "2027-03-01", 0 },   // due 1 March otherwise
        { "2026-01-10", 30, true, "2026-03-03", 1 },    // 31 January + 30 days is 2 March
        { "2026-12-20", 14, false, "2027-01-02", -1 },  // over New Year
        { "2027-12-01", 0, false, "2028-12-01", 366 },  // a leap year later
    };

    [Theory]
    [MemberData(nameof(DaysPastDue))]
    public void DaysPastDue_CalendarDaysAfterTheDueDate_CountMonthEndsAndLeapDays(string issued, int netDays, bool fromMonthEnd, string today, int days) =>
        Assert.Equal(days, Issued(issued, netDays, fromMonthEnd).DaysPastDue(Day(today)));

    [Fact]
    public void IsOverdue_DueDateAndTheDayAfter_OnlyFromTheDayAfter()
    {
        var invoice = Issued("2026-06-01");

        Assert.Equal((false, true), (invoice.IsOverdue(Day("2026-06-15")), invoice.IsOverdue(Day("2026-06-16"))));
    }

    [Fact]
    public void IsOverdue_PaidCreditedOrCreditRequested_NeverOverdue()
    {
        var late = Day("2026-09-01");
        var invoice = Issued("2026-06-01");

        Assert.True(invoice.IsOverdue(late));
        Assert.False(invoice.Paying(6450).IsOverdue(late));
        Assert.False(invoice.WithCreditRequested(invoice.IssuedAt.AddDays(2), "Returned.").IsOverdue(late));
        Assert.False(invoice.WithCreditRequested(invoice.IssuedAt.AddDays(2), "Returned.").WithCreditNote(DocumentNumber.Parse("CN-2026-000001")).IsOverdue(late));
        Assert.False(invoice.WithCreditRequested(invoice.IssuedAt.AddDays(2), "Returned.").CreditNote(DocumentNumber.Parse("CN-2026-000001")).IsOverdue(late));
    }

    [Fact]
    public void OpenMinor_PartlyPaid_TheRestOfTheGross() =>
        Assert.Equal((6450L, 4450L, 0L), (Issued("2026-06-01").OpenMinor, Issued("2026-06-01").Paying(2000).OpenMinor, Issued("2026-06-01").Paying(6450).OpenMinor));

    [Fact]
    public void PayableBy_DocumentWithoutTerms_ItsIssueDate()
    {
        var withoutTerms = Issued("2026-06-01") with { Terms = null };

        Assert.Equal((Day("2026-06-01"), 1), (withoutTerms.PayableBy, withoutTerms.DaysPastDue(Day("2026-06-02"))));
    }

    [Theory]
    [InlineData(-30, AgingBucket.NotYetDue)]
    [InlineData(0, AgingBucket.NotYetDue)]
    [InlineData(1, AgingBucket.Days1To30)]
    [InlineData(30, AgingBucket.Days1To30)]
    [InlineData(31, AgingBucket.Days31To60)]
    [InlineData(60, AgingBucket.Days31To60)]
    [InlineData(61, AgingBucket.Days61To90)]
    [InlineData(90, AgingBucket.Days61To90)]
    [InlineData(91, AgingBucket.Over90Days)]
    public void AgingBucket_DaysPastDue_FallsInItsBucket(int days, AgingBucket bucket) =>
        Assert.Equal(bucket, AgingBuckets.Of(days));
}
