using System.Text.Json;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Products;
using OrderFlow.Functions.Orders;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Orders.Aggregate;

/// <summary>Each change a person or key makes names them on the timeline; what OrderFlow does itself names nobody.</summary>
public class OrderActorTests
{
    static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;
    static readonly Sku Cup = Sku.Parse("CUP");
    static readonly Actor Ann = Actor.Person("u-ann", "Ann Approver");
    static readonly Actor Warehouse = Actor.Key("warehouse");
    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    static readonly OrderRecord OnHold = OrderJourney.Received("o-1", At).To(OrderStatus.OnHold, At);
    static readonly OrderRecord Reserved = OrderJourney.Received("o-1", At).To(OrderStatus.Reserved, At, OrderJourney.Priced("o-1", paid: false));

    [Fact]
    public void Accept_EnteredByAPerson_TheReceivedEntryNamesThem_FromAChannel_Nobody()
    {
        var entered = OrderRecord.Accept(OrderId.Parse("o-1"), "api", "PO-1", At, FulfilmentMode.Manual, Ann);

        Assert.Equal(Ann, entered.Timeline.Single().By);
        Assert.Null(OrderJourney.Received("o-2", At).Timeline.Single().By);
    }

    [Fact]
    public void Decide_ThenApprove_TheDecisionAndTheApprovedEntryNameTheApprover()
    {
        var decided = OnHold.Decide(HoldDecision.Approved, "fine", Ann).Order;

        var approved = decided.Approve(decided.DecisionReason, At).Order;

        Assert.Equal(Ann, decided.DecidedBy);
        Assert.Equal((Milestone.Approved, Ann), (approved.Timeline[^1].Stage, approved.Timeline[^1].By));
    }

    [Fact]
    public void RejectOnHold_AfterAPersonsRejection_NamesThem_AfterTheTimeout_Nobody()
    {
        var rejected = OnHold.Decide(HoldDecision.Rejected, "too much", Ann).Order.RejectOnHold("Rejected on approval: too much", At).Order;
        var timedOut = OnHold.Decide(HoldDecision.TimedOut, null).Order.RejectOnHold("No approval", At).Order;

        Assert.Equal((Milestone.Rejected, Ann), (rejected.Timeline[^1].Stage, rejected.Timeline[^1].By));
        Assert.Equal((Milestone.Rejected, (Actor?)null), (timedOut.Timeline[^1].Stage, timedOut.Timeline[^1].By));
    }

    [Fact]
    public void Cancel_WithAKey_TheCancelledEntryNamesTheKey()
    {
        var cancelled = Reserved.Cancel("ordered twice", At, Actor.Key("host")).Order;

        Assert.Equal((Milestone.Cancelled, Actor.Key("host")), (cancelled.Timeline[^1].Stage, cancelled.Timeline[^1].By));
    }

    [Fact]
    public void PickShipDeliver_EachEntryNamesWhoReportedIt()
    {
        var picked = Reserved.Pick("p1", [new LineQuantity(Cup, 1)], At, Warehouse).Order.Pick("p2", [new LineQuantity(Cup, 1)], At, Ann).Order;
        var shipped = picked.ShipParcel("DHL", "T1", [new LineQuantity(Cup, 2)], At, Warehouse).Order;
        var delivered = shipped.Deliver(null, At, Actor.Key("carrier")).Order;

        Assert.Equal(
            [(Milestone.PartiallyFulfilled, Warehouse), (Milestone.Fulfilled, Ann), (Milestone.Shipped, Warehouse), (Milestone.Delivered, Actor.Key("carrier"))],
            delivered.Timeline.Skip(Reserved.Timeline.Count).Select(t => (t.Stage, t.By!)));
    }

    [Fact]
    public void TakePayment_TheClaimersNameOnThePaymentAndOnPaidAndCompleted()
    {
        var delivered = Reserved.To(OrderStatus.Delivered, At);
        var claimed = delivered.ClaimPayment("bank-1", null, Ann).Order;

        var paid = claimed.TakePayment("bank-1", claimed.Priced!.Gross, At).Order;

        Assert.Equal(Ann, claimed.PaymentClaims.Single().By);
        Assert.Equal(Ann, paid.Payments.Single().By);
        Assert.Equal([(Milestone.Paid, Ann), (Milestone.Completed, Ann)], paid.Timeline.TakeLast(2).Select(t => (t.Stage, t.By!)));
    }

    [Fact]
    public void Cancel_WithAClaimNotTaken_TheRefundedPaymentKeepsItsClaimer()
    {
        var cancelled = Reserved.ClaimPayment("bank-1", new Money(250, Currency.Parse("EUR")), Ann).Order.Cancel(null, At).Order;

        Assert.Equal(Ann, cancelled.Payments.Single().By);
    }

    [Fact]
    public void ClearFlag_StaffAskedForTheRetry_TheRetriedEntryNamesThem()
    {
        var cleared = Reserved.Flag("Order.Ship", "boom", At).Order.ClearFlag("Order.Ship", At, Ann).Order;

        Assert.Equal((Milestone.Retried, Ann), (cleared.Timeline[^1].Stage, cleared.Timeline[^1].By));
    }

    [Fact]
    public void Serialize_EntriesOfOrderFlowWithoutBy_APersonsWithIt_ReadBackTheSame()
    {
        var order = OrderRecord.Accept(OrderId.Parse("o-1"), "api", "PO-1", At, FulfilmentMode.Manual, Ann).To(OrderStatus.Validated, At);

        var json = JsonSerializer.SerializeToElement(order, Web);
        var read = JsonSerializer.Deserialize<OrderRecord>(json, Web)!;

        var by = json.GetProperty("timeline")[0].GetProperty("by");
        Assert.Equal(("u-ann", "Ann Approver", "Person"), (by.GetProperty("id").GetString(), by.GetProperty("name").GetString(), by.GetProperty("kind").GetString()));
        Assert.False(json.GetProperty("timeline")[1].TryGetProperty("by", out _));
        Assert.Equal(order.Timeline, read.Timeline);
    }

    [Fact]
    public void OrderView_EveryEntryNamesItsActor_OrderFlowWhenNobody()
    {
        var order = OrderRecord.Accept(OrderId.Parse("o-1"), "api", "PO-1", At, FulfilmentMode.Manual, Actor.Key("host")).To(OrderStatus.Validated, At);

        var timeline = JsonSerializer.SerializeToElement(OrderView.From(order), Web).GetProperty("timeline");

        Assert.Equal(
            [("host", "host", "Key"), ("orderflow", "OrderFlow", "System")],
            timeline.EnumerateArray().Select(t => t.GetProperty("by")).Select(b => (b.GetProperty("id").GetString(), b.GetProperty("name").GetString(), b.GetProperty("kind").GetString())));
    }
}
