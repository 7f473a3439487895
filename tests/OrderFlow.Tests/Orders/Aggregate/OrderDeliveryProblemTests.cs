using System.Text.Json;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Orders.Work;
using OrderFlow.Core.Products;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Orders.Aggregate;

/// <summary>
/// A carrier's delivery problem flags the order until the parcel is delivered or operations resolve it with a note;
/// it is a flag of its own kind, which no retry answers.
/// </summary>
public class OrderDeliveryProblemTests
{
    static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;
    static readonly Actor Carrier = Actor.Key("carrier-dhl");
    static readonly Actor Olga = Actor.Person("u-olga", "Olga Operations");
    static readonly Sku Cup = Sku.Parse("CUP");
    static readonly OrderRecord Shipped = OrderJourney.Received("o-1", At).To(OrderStatus.Shipped, At, OrderJourney.Priced("o-1", paid: false));
    static readonly string Tracking = Shipped.Shipments[0].TrackingNumber;

    /// <summary>Two cups in two parcels, T1 and T2, both in transit.</summary>
    static readonly OrderRecord Split = OrderJourney.Received("o-2", At).To(OrderStatus.Fulfilled, At)
        .ShipParcel("DHL", "T1", [new LineQuantity(Cup, 1)], At).Order
        .ShipParcel("UPS", "T2", [new LineQuantity(Cup, 1)], At).Order;

    static OrderRecord Reported(OrderRecord order, string tracking, string problem = "Nobody home, card left.") =>
        order.ReportDeliveryProblem(tracking, problem, At.AddHours(1), Carrier).Order;

    [Fact]
    public void ReportDeliveryProblem_ParcelInTransit_FlaggedWithParcelCarrierProblemAndWho()
    {
        var reported = Shipped.ReportDeliveryProblem(Tracking, "Parcel damaged in transit.", At.AddHours(1), Carrier);

        Assert.False(reported.IsRefused);
        Assert.Equal((AttentionKind.DeliveryProblem, $"Delivery problem: DHL {Tracking}: Parcel damaged in transit."), (reported.Order.FlaggedFor, reported.Order.Attention));
        Assert.Equal(new TimelineEntry(Milestone.DeliveryProblem, At.AddHours(1), $"DHL {Tracking}: Parcel damaged in transit.", Carrier), reported.Order.Timeline[^1]);
        Assert.Equal("Parcel damaged in transit.", reported.Order.Shipments[0].Problem);
        Assert.Equal([new OrderWork(WorkKind.NeedsAttention, At.AddHours(1), reported.Order.Attention!)], reported.Order.WorkNeeded());
        Assert.Equal(OrderStatus.Shipped, reported.Order.Status);
    }

    [Fact]
    public void ReportDeliveryProblem_SameReportAgain_Unchanged_ANewOneReplacesIt()
    {
        var reported = Reported(Shipped, Tracking, "Nobody home");

        var again = reported.ReportDeliveryProblem(Tracking, "Nobody home", At.AddHours(2), Carrier);
        var other = reported.ReportDeliveryProblem(Tracking, "Address unknown", At.AddHours(2), Carrier).Order;

        Assert.Same(reported, again.Order);
        Assert.False(again.IsRefused);
        Assert.Equal($"Delivery problem: DHL {Tracking}: Address unknown.", other.Attention);
        Assert.Equal(2, other.Timeline.Count(t => t.Stage == Milestone.DeliveryProblem));
    }

    [Fact]
    public void ReportDeliveryProblem_UnknownTrackingNumber_RefusedNamingItAndTheField()
    {
        var refused = Shipped.ReportDeliveryProblem("NOPE-1", "Lost", At, Carrier);

        Assert.Equal(new Refusal("No parcel of this order has the tracking number NOPE-1.", "trackingNumber"), refused.Refusal);
        Assert.Same(Shipped, refused.Order);
    }

    [Fact]
    public void ReportDeliveryProblem_ParcelDeliveredAlready_Refused()
    {
        var oneDelivered = Split.Deliver("T1", At).Order;

        Assert.Equal(new Refusal("Parcel DHL T1 is delivered already."), oneDelivered.ReportDeliveryProblem("T1", "Lost", At, Carrier).Refusal);
        Assert.False(oneDelivered.ReportDeliveryProblem("T2", "Lost", At, Carrier).IsRefused);
    }

    [Theory]
    [InlineData(OrderStatus.Reserved, "The order is Reserved: it does not take delivery problems now.")]
    [InlineData(OrderStatus.Delivered, "The order is Delivered: it does not take delivery problems now.")]
    [InlineData(OrderStatus.Completed, "The order is Completed: it does not take delivery problems now.")]
    public void ReportDeliveryProblem_NothingInTransit_RefusedWithTheStage(OrderStatus stage, string why)
    {
        var order = OrderJourney.Received("o-3", At).To(stage, At, OrderJourney.Priced("o-3", paid: false));

        Assert.Equal(new Refusal(why), order.ReportDeliveryProblem("T-o-3", "Lost", At, Carrier).Refusal);
        Assert.DoesNotContain(StaffAction.ReportDeliveryProblem, order.StaffActionsNow());
    }

    [Fact]
    public void DeliveryProblem_Open_NoRetryOrRefundOffered_ReportAndResolveAre()
    {
        var reported = Reported(Shipped, Tracking);

        Assert.Equal("The order is Shipped: it does not take retry events now.", reported.WhyNotRetry()?.Why);
        Assert.Equal(new Refusal(OrderRecord.NoRefundOwed), reported.WhyNotRefund());
        Assert.Contains(StaffAction.ReportDeliveryProblem, reported.StaffActionsNow());
        Assert.Contains(StaffAction.ResolveDeliveryProblem, reported.StaffActionsNow());
        Assert.DoesNotContain(StaffAction.Retry, reported.StaffActionsNow());
        Assert.DoesNotContain(StaffAction.ResolveDeliveryProblem, Shipped.StaffActionsNow());
    }

    [Fact]
    public void Deliver_ParcelWithAProblem_ResolvedOnTheTimelineWithWhoAndTheFlagCleared()
    {
        var delivered = Reported(Shipped, Tracking).Deliver(Tracking, At.AddHours(3), Olga).Order;

        Assert.Equal((null, null), (delivered.FlaggedFor, delivered.Attention));
        Assert.Null(delivered.Shipments[0].Problem);
        Assert.Contains(new TimelineEntry(Milestone.DeliveryProblemResolved, At.AddHours(3), $"DHL {Tracking} delivered.", Olga), delivered.Timeline);
        Assert.Equal(OrderStatus.Delivered, delivered.Status);
        Assert.Empty(delivered.WorkNeeded());
    }

    [Fact]
    public void Deliver_AnotherParcel_TheProblemAndFlagStay()
    {
        var reported = Reported(Split, "T2");

        var otherDelivered = reported.Deliver("T1", At.AddHours(3), Olga).Order;
        var allDelivered = otherDelivered.Deliver(null, At.AddHours(4), Olga).Order;

        Assert.Equal((AttentionKind.DeliveryProblem, "Delivery problem: UPS T2: Nobody home, card left."), (otherDelivered.FlaggedFor, otherDelivered.Attention));
        Assert.Null(allDelivered.Attention);
        Assert.Equal("UPS T2 delivered.", allDelivered.Timeline.Single(t => t.Stage == Milestone.DeliveryProblemResolved).Detail);
    }

    [Fact]
    public void ResolveDeliveryProblem_Open_NoteOnTheTimelineWithWhoAndTheFlagCleared()
    {
        var resolved = Reported(Split, "T1").ResolveDeliveryProblem("Redelivery booked for Friday.", At.AddHours(2), Olga);

        Assert.False(resolved.IsRefused);
        Assert.Equal((null, null), (resolved.Order.FlaggedFor, resolved.Order.Attention));
        Assert.All(resolved.Order.Shipments, s => Assert.Null(s.Problem));
        Assert.Equal(new TimelineEntry(Milestone.DeliveryProblemResolved, At.AddHours(2), "Redelivery booked for Friday.", Olga), resolved.Order.Timeline[^1]);
        Assert.Equal(OrderStatus.Shipped, resolved.Order.Status);
    }

    [Fact]
    public void ResolveDeliveryProblem_SameNoteAgain_Unchanged_AnotherNoteOrNoneOpen_Refused()
    {
        var resolved = Reported(Shipped, Tracking).ResolveDeliveryProblem("Redelivery booked.", At, Olga).Order;

        Assert.Same(resolved, resolved.ResolveDeliveryProblem("Redelivery booked.", At.AddHours(1), Olga).Order);
        Assert.False(resolved.ResolveDeliveryProblem("Redelivery booked.", At.AddHours(1), Olga).IsRefused);
        Assert.Equal(new Refusal(OrderRecord.NoDeliveryProblem), resolved.ResolveDeliveryProblem("Something else.", At, Olga).Refusal);
        Assert.Equal(new Refusal(OrderRecord.NoDeliveryProblem), Shipped.ResolveDeliveryProblem("Redelivery booked.", At, Olga).Refusal);
    }

    [Fact]
    public void Flag_StepFailsWhileADeliveryProblemIsOpen_TheFailureTakesOver_TheProblemShowsAgainAfterTheRetry()
    {
        var reported = Reported(Shipped, Tracking);

        var failed = reported.Flag("Order.Invoice", "storage down", At).Order;
        var retried = failed.ClearFlag("Order.Invoice", At, Olga).Order;

        Assert.Equal((AttentionKind.FailedStep, "Order.Invoice failed: storage down"), (failed.FlaggedFor, failed.Attention));
        Assert.Null(failed.WhyNotRetry());
        Assert.Equal((AttentionKind.DeliveryProblem, reported.Attention), (retried.FlaggedFor, retried.Attention));
    }

    [Fact]
    public void ReportDeliveryProblem_WhileAStepFailed_KeptOnTheParcel_TheFailureStaysFlagged()
    {
        var failed = Shipped.Flag("Order.Invoice", "storage down", At).Order;

        var reported = Reported(failed, Tracking);

        Assert.Equal(AttentionKind.FailedStep, reported.FlaggedFor);
        Assert.Single(reported.ParcelsWithProblems);
        Assert.Null(reported.WhyNotRetry());
    }

    [Fact]
    public void StoredOrder_FlaggedBeforeKindsWereKept_ReadsAsFailedStepOrRefundDue_DeliveryProblemRoundTrips()
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var failed = JsonSerializer.SerializeToNode(Shipped.Flag("Order.Invoice", "storage down", At).Order, web)!.AsObject();
        var owing = JsonSerializer.SerializeToNode(
            OrderJourney.Received("o-4", At).To(OrderStatus.Reserved, At, OrderJourney.Priced("o-4", paid: false))
                .ClaimPayment("B", new Money(250, Currency.Parse("EUR"))).Order.Cancel(null, At).Order, web)!.AsObject();
        failed.Remove("flaggedFor");
        owing.Remove("flaggedFor");
        var reported = JsonSerializer.Serialize(Reported(Shipped, Tracking), web);

        Assert.Equal(AttentionKind.FailedStep, failed.Deserialize<OrderRecord>(web)!.FlaggedFor);
        Assert.Equal(AttentionKind.RefundDue, owing.Deserialize<OrderRecord>(web)!.FlaggedFor);
        Assert.Contains("\"flaggedFor\":\"DeliveryProblem\"", reported, StringComparison.Ordinal);
        Assert.Contains("\"problem\":\"Nobody home, card left.\"", reported, StringComparison.Ordinal);
        Assert.Equal(Reported(Shipped, Tracking).Shipments, JsonSerializer.Deserialize<OrderRecord>(reported, web)!.Shipments, new ShipmentComparer());
    }

    /// <summary>Parcels compared by their values, their lines by content (a stored list is a new list).</summary>
    sealed class ShipmentComparer : IEqualityComparer<Shipment>
    {
        public bool Equals(Shipment? x, Shipment? y) =>
            x is not null && y is not null && x with { Lines = null } == y with { Lines = null } && (x.Lines ?? []).SequenceEqual(y.Lines ?? []);

        public int GetHashCode(Shipment obj) => obj.TrackingNumber.GetHashCode(StringComparison.Ordinal);
    }
}
