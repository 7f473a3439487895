using OrderFlow.Core.Orders;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Orders.Aggregate;

public class OrderInvoicingTests
{
    static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;
    static readonly OrderRecord Reserved = OrderJourney.Received("o-1", At).To(OrderStatus.Reserved, At);

    [Fact]
    public void Invoice_Reserved_InvoicedWithTheNumber_TheSameNumberAgainUnchanged()
    {
        var invoiced = Reserved.Invoice("INV-1", At).Order;

        Assert.Equal((OrderStatus.Invoiced, "INV-1"), (invoiced.Status, invoiced.InvoiceNumber));
        Assert.Same(invoiced, invoiced.Invoice("INV-1", At).Order);
        Assert.True(invoiced.Invoice("INV-2", At).IsRefused);
    }

    [Fact]
    public void Invoice_BeforeReservation_Refused() =>
        Assert.Equal("The order is Validated: it does not take invoices now.", OrderJourney.Received("o-2", At).To(OrderStatus.Validated, At).Invoice("INV-1", At).Refusal?.Why);

    [Fact]
    public void Credit_Any_CreditNoteAndMilestoneOnce()
    {
        var credited = Reserved.Invoice("INV-1", At).Order.Credit("CN-1", At).Order;

        Assert.Equal(("CN-1", Milestone.Credited), (credited.CreditNoteNumber, credited.Timeline[^1].Stage));
        Assert.Equal(credited.Timeline, credited.Credit("CN-1", At).Order.Timeline);
    }
}
