using System.Globalization;
using System.Text.Json;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Products;
using OrderFlow.Functions.Orders;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Orders.Aggregate;

/// <summary>Orders stored before the aggregate still read, and GET /orders/{id} keeps its shape.</summary>
public class StoredOrderJsonTests
{
    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    static Money Eur(long minor) => new(minor, Currency.Parse("EUR"));

    // An order document as the Orders table holds it today: statuses as numbers, timeline stages and parcel states as names.
    const string StoredToday = """
        {"orderId":"o-1","source":"api","externalId":"PO-1","receivedAt":"2026-03-02T08:00:00+00:00","status":6,"customerId":"c-1","currency":"EUR",
         "priced":{"orderId":"o-1","customerId":"c-1","customerEmail":"c@example.test","customerName":"C","currency":"EUR",
           "lines":[{"sku":"CUP","description":"Cup","quantity":2,"unitPriceMinor":1000,"taxRate":0.19,"netMinor":2000,"taxMinor":380}],"shippingMinor":490,
           "shippingAddress":{"line1":"Hauptstraße 1","line2":null,"city":"Berlin","postalCode":"10115","region":null,"country":"DE"},"paid":false},
         "timeline":[{"stage":"Received","at":"2026-03-02T08:00:00+00:00","detail":null},{"stage":"Shipped","at":"2026-03-02T09:00:00+00:00","detail":"DHL T1"},
           {"stage":"SlaBreached:Fulfilment","at":"2026-03-02T08:30:00+00:00","detail":"late"}],
         "reservations":[{"sku":"CUP","requested":2,"state":0,"allocations":[{"warehouse":"main","quantity":2}],"missing":0,"belowReorderPoint":false,"isReserved":true}],
         "shipments":[{"carrier":"DHL","trackingNumber":"T1","status":"InTransit","lines":[{"sku":"CUP","quantity":2}]}],
         "invoiceNumber":null,"creditNoteNumber":null,"rejectionReasons":null,"attention":null,"paid":false,"decision":"Approved","decisionReason":"ok",
         "picked":[{"sku":"CUP","quantity":2}],"payments":[{"reference":"A","amountMinor":1000,"at":"2026-03-02T09:30:00+00:00"}],
         "paymentClaims":[{"reference":"A","amountMinor":1000}],"appliedSteps":["pick:p","parcel:T1","payment:A"],"mode":1}
        """;

    [Fact]
    public void Deserialize_StoredDocumentOfTodaysShape_ReadsEveryPart()
    {
        var order = JsonSerializer.Deserialize<OrderRecord>(StoredToday, Web)!;

        Assert.Equal((OrderStatus.Shipped, (CustomerId?)CustomerId.Parse("c-1"), HoldDecision.Approved, FulfilmentMode.Manual), (order.Status, order.CustomerId, order.Decision, order.Mode));
        Assert.Equal([Milestone.Received, Milestone.Shipped, Milestone.FulfilmentOverdue], order.Timeline.Select(t => t.Stage));
        Assert.Equal((ShipmentStatus.InTransit, ReservationState.Reserved), (order.Shipments[0].Status, order.Reservations[0].State));
        Assert.Equal([new LineQuantity(Sku.Parse("CUP"), 2)], order.Picked);
        Assert.Equal(2870 - 1000, order.OpenBalance().Minor);
        Assert.Same(order, order.TakePayment("A", Eur(1000), DateTimeOffset.UnixEpoch).Order);
    }

    [Fact]
    public void Deserialize_StoredPaymentsInMinorUnitsOnly_TakeTheOrdersCurrency()
    {
        var order = JsonSerializer.Deserialize<OrderRecord>(StoredToday, Web)!;

        Assert.Equal((Currency.Parse("EUR"), Currency.Parse("EUR")), (order.Currency, order.Priced!.Currency));
        Assert.Equal([new Payment("A", Eur(1000), DateTimeOffset.Parse("2026-03-02T09:30:00+00:00", CultureInfo.InvariantCulture))], order.Payments);
        Assert.Equal([new PaymentClaim("A", Eur(1000))], order.PaymentClaims);
    }

    [Fact]
    public void Serialize_StoredDocumentOfTodaysShape_PaymentsWithTheirCurrencyIdsAsPlainStrings()
    {
        var json = JsonSerializer.SerializeToElement(JsonSerializer.Deserialize<OrderRecord>(StoredToday, Web), Web);

        var payment = json.GetProperty("payments")[0];
        Assert.Equal((1000L, "EUR"), (payment.GetProperty("amount").GetProperty("minor").GetInt64(), payment.GetProperty("amount").GetProperty("currency").GetString()));
        Assert.False(payment.TryGetProperty("amountMinor", out _));
        Assert.Equal(("EUR", "o-1", "c-1"), (json.GetProperty("currency").GetString(), json.GetProperty("orderId").GetString(), json.GetProperty("customerId").GetString()));
        Assert.Equal(("o-1", "c-1"), (json.GetProperty("priced").GetProperty("orderId").GetString(), json.GetProperty("priced").GetProperty("customerId").GetString()));
        Assert.False(json.GetProperty("priced").TryGetProperty("gross", out _));
    }

    [Fact]
    public void Serialize_ReceivedOrderNotYetPriced_OnlyItsStateNothingDerived()
    {
        var json = JsonSerializer.SerializeToElement(OrderJourney.Received("o-3", DateTimeOffset.UnixEpoch), Web);

        Assert.Equal("Received", json.GetProperty("timeline")[0].GetProperty("stage").GetString());
        Assert.False(json.TryGetProperty("progress", out _));
        Assert.False(json.TryGetProperty("awaitsWorkflow", out _));
    }

    [Fact]
    public void Serialize_ThenDeserialize_TheSameOrder()
    {
        var order = OrderJourney.Received("o-2", DateTimeOffset.UnixEpoch).To(OrderStatus.Delivered, DateTimeOffset.UnixEpoch, OrderJourney.Priced("o-2", paid: false))
            .ClaimPayment("A", Eur(100)).Order;

        var read = JsonSerializer.Deserialize<OrderRecord>(JsonSerializer.Serialize(order, Web), Web)!;

        Assert.Equal(JsonSerializer.Serialize(order, Web), JsonSerializer.Serialize(read, Web));
        Assert.Equal((order.Status, order.PaymentClaims.Count, order.Shipments[0].Status), (read.Status, read.PaymentClaims.Count, read.Shipments[0].Status));
    }

    [Fact]
    public void OrderView_Json_StagesAndStatesByName_NoInternalReservationFields()
    {
        var order = JsonSerializer.Deserialize<OrderRecord>(StoredToday, Web)!;

        var json = JsonSerializer.SerializeToElement(OrderView.From(order), Web);

        var reservation = json.GetProperty("reservations")[0];
        Assert.Equal("Reserved", reservation.GetProperty("state").GetString());
        Assert.False(reservation.TryGetProperty("isReserved", out _));
        Assert.False(reservation.TryGetProperty("belowReorderPoint", out _));
        Assert.Equal(["Received", "Shipped", "SlaBreached:Fulfilment"], json.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("stage").GetString()));
        Assert.Equal("InTransit", json.GetProperty("shipments")[0].GetProperty("status").GetString());
        Assert.Equal("Shipped", json.GetProperty("status").GetString());
    }

    [Fact]
    public void Serialize_InvoicedAndCreditedOrder_NumbersAsPlainStringsInStorageAndView()
    {
        var order = OrderJourney.Received("o-4", DateTimeOffset.UnixEpoch).To(OrderStatus.Invoiced, DateTimeOffset.UnixEpoch)
            .Credit(DocumentNumber.Parse("CN-2026-000007"), DateTimeOffset.UnixEpoch).Order;

        var stored = JsonSerializer.SerializeToElement(order, Web);
        var view = JsonSerializer.SerializeToElement(OrderView.From(order), Web);

        Assert.Equal(("INV-2026-000001", "CN-2026-000007"), (stored.GetProperty("invoiceNumber").GetString(), stored.GetProperty("creditNoteNumber").GetString()));
        Assert.Equal(("INV-2026-000001", "CN-2026-000007"), (view.GetProperty("invoiceNumber").GetString(), view.GetProperty("creditNoteNumber").GetString()));
        Assert.Equal(order.InvoiceNumber, JsonSerializer.Deserialize<OrderRecord>(stored, Web)!.InvoiceNumber);
    }

    [Fact]
    public void OrderView_Json_AmountsAsDecimalStringsBesideTheCurrency()
    {
        var order = JsonSerializer.Deserialize<OrderRecord>(StoredToday, Web)!;

        var json = JsonSerializer.SerializeToElement(OrderView.From(order), Web);

        var totals = json.GetProperty("totals");
        Assert.Equal(("EUR", "10.00"), (json.GetProperty("currency").GetString(), json.GetProperty("payments")[0].GetProperty("amount").GetString()));
        Assert.Equal(("20.00", "3.80", "4.90", "28.70", "0.00"), (totals.GetProperty("net").GetString(), totals.GetProperty("tax").GetString(),
            totals.GetProperty("shipping").GetString(), totals.GetProperty("gross").GetString(), totals.GetProperty("discount").GetString()));
    }
}
