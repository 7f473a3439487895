using OrderFlow.Core.Email.Wording;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;

namespace OrderFlow.Tests.Invoicing;

public class PaymentTermsTests
{
    public static TheoryData<string, int, bool, string> DueDates => new()
    {
        // issued, net days, from month end, due
        { "2026-06-01", 14, false, "2026-06-15" },
        { "2026-12-20", 14, false, "2027-01-03" },
        { "2027-01-31", 30, false, "2027-03-02" },
        { "2028-01-31", 30, false, "2028-03-01" },
        { "2028-02-15", 14, false, "2028-02-29" },
        { "2027-02-15", 14, false, "2027-03-01" },
        { "2028-02-03", 0, true, "2028-02-29" },
        { "2027-02-03", 0, true, "2027-02-28" },
        { "2026-04-30", 30, true, "2026-05-30" },
        { "2026-01-10", 30, true, "2026-03-02" },
        { "2026-12-31", 30, true, "2027-01-30" },
        { "2026-06-01", 0, false, "2026-06-01" },
    };

    [Theory]
    [MemberData(nameof(DueDates))]
    public void DueDate_CalendarDays_CountMonthEndsAndLeapDays(string issued, int netDays, bool fromMonthEnd, string due) =>
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            new PaymentTerms(netDays, fromMonthEnd).DueDate(DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(14, false, "14 days net")]
    [InlineData(30, true, "30 days net from the end of the month")]
    [InlineData(0, false, "Due on receipt")]
    [InlineData(0, true, "Due at the end of the month")]
    public void ToString_Terms_TheWordsOnTheInvoice(int netDays, bool fromMonthEnd, string text) =>
        Assert.Equal(text, new PaymentTerms(netDays, fromMonthEnd).ToString());

    [Theory]
    [InlineData(14, false, "14 Tage netto")]
    [InlineData(30, true, "30 Tage netto ab Monatsende")]
    [InlineData(0, false, "Zahlbar sofort")]
    [InlineData(0, true, "Zahlbar zum Monatsende")]
    public void Terms_GermanWording_TheWordsOnAGermanInvoice(int netDays, bool fromMonthEnd, string text) =>
        Assert.Equal(text, GermanWording.Instance.Terms(new PaymentTerms(netDays, fromMonthEnd)));

    [Theory]
    [InlineData(-1)]
    [InlineData(366)]
    public void Constructor_DaysOutOfRange_Throws(int netDays) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentTerms(netDays));

    [Fact]
    public void DueDate_InvoiceIssuedLateInTheUtcDay_CountsFromItsUtcIssueDate()
    {
        var invoice = new Invoice(DocumentNumber.Parse("INV-2028-000001"), OrderId.Parse("o-1"), "c-1", new DateTimeOffset(2028, 2, 14, 23, 30, 0, TimeSpan.FromHours(-2)), "EUR", InvoiceStatus.Issued, [], 0)
        {
            Terms = new PaymentTerms(14),
        };

        Assert.Equal(new DateOnly(2028, 2, 29), invoice.DueDate);
    }
}
