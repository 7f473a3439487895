using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Orders.Aggregate;

public class OrderInvoicingTests
{
    static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;
    static readonly OrderRecord Reserved = OrderJourney.Received("o-1", At).To(OrderStatus.Reserved, At);

    static DocumentNumber Number(string text) => DocumentNumber.Parse(text);

    [Fact]
    public void Invoice_Reserved_InvoicedWithTheNumber_TheSameNumberAgainUnchanged()
    {
        var invoiced = Reserved.Invoice(Number("INV-2026-000001"), At).Order;

        Assert.Equal((OrderStatus.Invoiced, Number("INV-2026-000001")), (invoiced.Status, invoiced.InvoiceNumber));
        Assert.Same(invoiced, invoiced.Invoice(Number("INV-2026-000001"), At).Order);
        Assert.True(invoiced.Invoice(Number("INV-2026-000002"), At).IsRefused);
    }

    [Fact]
    public void Invoice_BeforeReservation_Refused() =>
        Assert.Equal("The order is Validated: it does not take invoices now.", OrderJourney.Received("o-2", At).To(OrderStatus.Validated, At).Invoice(Number("INV-2026-000001"), At).Refusal?.Why);

    [Fact]
    public void Credit_Any_CreditNoteAndMilestoneOnce()
    {
        var credited = Reserved.Invoice(Number("INV-2026-000001"), At).Order.Credit(Number("CN-2026-000001"), At).Order;

        Assert.Equal((Number("CN-2026-000001"), Milestone.Credited), (credited.CreditNoteNumber, credited.Timeline[^1].Stage));
        Assert.Equal(credited.Timeline, credited.Credit(Number("CN-2026-000001"), At).Order.Timeline);
    }
}
