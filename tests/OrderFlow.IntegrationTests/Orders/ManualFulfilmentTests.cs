using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

[Collection(SharedApps.ManualFulfilment)]
public class ManualFulfilmentTests(ManualProductApp app)
{
    async Task<HttpResponseMessage> EventAsync(string orderId, string kind, object? body = null) =>
        await app.Http.PostAsJsonAsync($"api/orders/{orderId}/{kind}", body ?? new { });

    async Task<string> ReservedOrderAsync(string externalId, string sku, bool paid)
    {
        await OrderApi.SeedProductAsync(app.Http, sku, onHand: 10);
        await OrderApi.SeedCustomerAsync(app.Http, "c-manual");
        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order(externalId, "c-manual", sku, quantity: 2, paid: paid));
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Reserved");
        return orderId;
    }

    static async Task AssertConflictAsync(HttpResponseMessage response, string stage)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(stage, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_InOrder_CompleteTheOrderNamingTheSenderAndWrongStageAnswers409()
    {
        var orderId = await ReservedOrderAsync("PO-M-1", "MAN-1", paid: false);

        await AssertConflictAsync(await EventAsync(orderId, "shipments", new { carrier = "DHL", trackingNumber = "JD0001" }), "Reserved");
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "fulfilment")).StatusCode);
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Fulfilled");
        await AssertConflictAsync(await EventAsync(orderId, "delivery"), "Fulfilled");
        var missingTracking = await EventAsync(orderId, "shipments", new { carrier = "DHL" });
        Assert.Equal(HttpStatusCode.BadRequest, missingTracking.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "shipments", new { carrier = "DHL", trackingNumber = "JD0001" })).StatusCode);
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Invoiced");
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "delivery")).StatusCode);
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Delivered");
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "payments", new { reference = "BANK-42" })).StatusCode);
        var done = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed");

        Assert.True(done.GetProperty("paid").GetBoolean());
        Assert.Equal("JD0001", done.GetProperty("shipments")[0].GetProperty("trackingNumber").GetString());
        var by = done.GetProperty("timeline").EnumerateArray().ToDictionary(t => t.GetProperty("stage").GetString()!, t => t.GetProperty("by").GetProperty("name").GetString());
        Assert.Equal(["integration", "integration", "integration", "integration", "integration", "OrderFlow"], new[] { "Fulfilled", "Shipped", "Delivered", "Paid", "Completed", "Invoiced" }.Select(stage => by[stage]));
        Assert.Equal("integration", done.GetProperty("payments")[0].GetProperty("by").GetProperty("name").GetString());
        await AssertConflictAsync(await EventAsync(orderId, "cancel"), "Completed");
        Assert.Equal(OrchestrationRuntimeStatus.Completed, await OrderApi.InstanceStatusSoonAsync(app.Server.Services, orderId));
    }

    [Fact]
    public async Task Cancel_WhileReserved_CancelledByTheSenderAndStockReleased()
    {
        var orderId = await ReservedOrderAsync("PO-M-2", "MAN-2", paid: true);

        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "cancel", new { reason = "customer changed mind" })).StatusCode);
        var cancelled = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Cancelled");

        var entry = cancelled.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal(("customer changed mind", "integration"), (entry.GetProperty("detail").GetString(), entry.GetProperty("by").GetProperty("name").GetString()));
        var stock = await OrderApi.StockAsync(app.Http, "MAN-2");
        Assert.Equal((10, 0), (stock.GetProperty("onHand").GetInt32(), stock.GetProperty("reserved").GetInt32()));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, await OrderApi.InstanceStatusSoonAsync(app.Server.Services, orderId));
    }

    [Fact]
    public async Task Cancel_AfterPacking_UnitsGoBackOnTheShelf()
    {
        var orderId = await ReservedOrderAsync("PO-M-3", "MAN-3", paid: true);
        await EventAsync(orderId, "fulfilment");
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Fulfilled");
        Assert.Equal(8, (await OrderApi.StockAsync(app.Http, "MAN-3")).GetProperty("onHand").GetInt32());

        await EventAsync(orderId, "cancel");
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Cancelled");

        var stock = await OrderApi.StockAsync(app.Http, "MAN-3");
        Assert.Equal((10, 0), (stock.GetProperty("onHand").GetInt32(), stock.GetProperty("reserved").GetInt32()));
    }

    [Fact]
    public async Task Cancel_WhileAPickIsRecorded_AParcelAcceptedBeforeItStillShipsAndNothingGoesBack()
    {
        var orderId = await ReservedOrderAsync("PO-M-6", "MAN-6", paid: true);
        await EventAsync(orderId, "fulfilment", new { reference = "PICK-A", lines = new[] { new { sku = "MAN-6", quantity = 1 } } });
        await Eventually.WaitForAsync(
            () => app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}"), o => o.GetProperty("lines")[0].GetProperty("picked").GetInt32() == 1,
            TimeSpan.FromSeconds(60), "the first pick");

        // While the second pick's step runs, a parcel of the first unit and a cancel arrive: both wait for the workflow.
        await EventAsync(orderId, "fulfilment", new { reference = "PICK-B", lines = new[] { new { sku = "MAN-6", quantity = 1 } } });
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "shipments", new { carrier = "DHL", trackingNumber = "JD0006", lines = new[] { new { sku = "MAN-6", quantity = 1 } } })).StatusCode);
        await EventAsync(orderId, "cancel", new { reason = "too late" });
        await EventAsync(orderId, "shipments", new { carrier = "DHL", trackingNumber = "JD0007" });
        var shipped = await Eventually.WaitForAsync(
            () => app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}"),
            o => o.GetProperty("status").GetString() == "Cancelled" || o.GetProperty("timeline").EnumerateArray().Any(e => e.GetProperty("stage").GetString() == "CancelTooLate"),
            TimeSpan.FromSeconds(90), "the cancel refused as too late, or the order cancelled");

        Assert.Equal("Invoiced", shipped.GetProperty("status").GetString());
        Assert.Equal(["JD0006", "JD0007"], shipped.GetProperty("shipments").EnumerateArray().Select(p => p.GetProperty("trackingNumber").GetString()));
        Assert.Equal(8, (await OrderApi.StockAsync(app.Http, "MAN-6")).GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task Cancel_BeforeTheWorkflowStarts_KeptAndAppliedAtStartWithNothingReserved()
    {
        await OrderApi.SeedProductAsync(app.Http, "MAN-4", onHand: 10);
        await OrderApi.SeedCustomerAsync(app.Http, "c-manual");
        var services = app.Server.Services;
        // The start message still waits in its queue.
        var orderId = await OrderApi.StoreReceivedAsync(services, "PO-M-4", FulfilmentMode.Manual);

        await AssertConflictAsync(await EventAsync(orderId, "payments", new { reference = "EARLY-1" }), "Received");
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "cancel", new { reason = "ordered by mistake" })).StatusCode);
        var order = new CanonicalOrder(
            "PO-M-4", "c-manual", null, "EUR", [new CanonicalLine("MAN-4", 2, "24.50")], new PostalAddress("Hauptstraße 1", null, "Berlin", "10115", null, "DE"), "4.90", Paid: true);
        await services.GetRequiredService<OrderIntake>().StartAsync(
            services.GetRequiredService<DurableTaskClient>(), new OrderWorkflowInput(OrderId.Parse(orderId), order, FulfilmentMode.Manual, TimeSpan.Zero, TimeSpan.FromDays(3)), CancellationToken.None);
        var cancelled = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Cancelled");

        var timeline = cancelled.GetProperty("timeline").EnumerateArray().ToList();
        Assert.DoesNotContain(timeline, entry => entry.GetProperty("stage").GetString() == "Reserved");
        Assert.Equal("ordered by mistake", timeline[^1].GetProperty("detail").GetString());
        var stock = await OrderApi.StockAsync(app.Http, "MAN-4");
        Assert.Equal((10, 0), (stock.GetProperty("onHand").GetInt32(), stock.GetProperty("reserved").GetInt32()));
    }

    [Fact]
    public async Task Events_OutOfRange_400NamingTheFieldAndABlankReasonIsTheDefault()
    {
        var orderId = await ReservedOrderAsync("PO-M-5", "MAN-5", paid: false);

        await AssertFieldErrorAsync(await EventAsync(orderId, "payments", new { reference = "BANK-1", amount = "1000.00" }), "amount", "at most the open balance, 64.14");
        await AssertFieldErrorAsync(await EventAsync(orderId, "payments", new { amount = "1000000000000000000000000000" }), "amount", "open balance");
        await AssertFieldErrorAsync(await EventAsync(orderId, "payments", new { reference = new string('r', 101) }), "reference", "at most 100");
        await AssertFieldErrorAsync(await EventAsync(orderId, "payments", new { amount = "1.00" }), "reference", "needs a reference");
        await AssertFieldErrorAsync(await EventAsync(orderId, "payments", new { reference = "shopify:paid" }), "reference", "kept for shops");
        await AssertFieldErrorAsync(
            await EventAsync(orderId, "fulfilment", new { lines = new[] { new { sku = "MAN-5", quantity = int.MaxValue }, new { sku = "MAN-5", quantity = 1 } } }), "lines", "2147483648 × MAN-5");
        await AssertFieldErrorAsync(await EventAsync(orderId, "cancel", new { reason = new string('x', 501) }), "reason", "at most 500");
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "cancel", new { reason = "  " })).StatusCode);
        var cancelled = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Cancelled");

        Assert.Equal("Cancelled on request.", cancelled.GetProperty("timeline").EnumerateArray().Last().GetProperty("detail").GetString());
        Assert.Empty(cancelled.GetProperty("payments").EnumerateArray());
    }

    [Fact]
    public async Task PaymentsAtOnce_TogetherNeverMoreThanTheTotal_AndEveryAcceptedOneIsRecorded()
    {
        var orderId = await ReservedOrderAsync("PO-M-7", "MAN-7", paid: false);

        // 64.14 in all (shipping taxed at 19 %): two payments of 40.00 at once cannot both be taken.
        var racing = await Task.WhenAll(
            EventAsync(orderId, "payments", new { reference = "BANK-A", amount = "40.00" }),
            EventAsync(orderId, "payments", new { reference = "BANK-B", amount = "40.00" }));
        var refused = racing.Single(r => r.StatusCode != HttpStatusCode.Accepted);
        await AssertFieldErrorAsync(refused, "amount", "at most the open balance, 24.14");
        var taken = racing[0] == refused ? "BANK-B" : "BANK-A";
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "payments", new { reference = taken, amount = "40.00" })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "payments", new { reference = "BANK-C" })).StatusCode);
        var paidInFull = await EventAsync(orderId, "payments", new { reference = "BANK-D" });
        Assert.Equal(HttpStatusCode.Conflict, paidInFull.StatusCode);
        Assert.Equal("The order is paid in full already.", (await paidInFull.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());

        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "fulfilment")).StatusCode);
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Fulfilled");
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "shipments", new { carrier = "DHL", trackingNumber = "JD0006" })).StatusCode);
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Invoiced");
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "delivery")).StatusCode);
        var done = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed");

        var payments = done.GetProperty("payments").EnumerateArray().Select(p => (p.GetProperty("reference").GetString(), p.GetProperty("amount").GetString())).ToList();
        Assert.Equal([(taken, "40.00"), ("BANK-C", "24.14")], payments);
        Assert.True(done.GetProperty("paid").GetBoolean());
    }

    [Fact]
    public async Task PaidThenCancelledBeforeDelivery_PaymentRecordedRefundFlaggedAndOperationsTold()
    {
        var orderId = await ReservedOrderAsync("PO-M-8", "MAN-8", paid: false);

        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "payments", new { reference = "PRE-1", amount = "20.00" })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "cancel", new { reason = "changed my mind" })).StatusCode);
        var cancelled = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Cancelled");
        var late = await EventAsync(orderId, "payments", new { reference = "PRE-2", amount = "1.00" });
        var alerts = await Eventually.WaitForAsync(
            async () => (await MailCatcher.MessagesToAsync(DemoStaff.Operations)).Where(m => m.Subject.Contains("PO-M-8 needs a refund", StringComparison.Ordinal)).ToList(),
            m => m.Count >= 1, TimeSpan.FromSeconds(60), "the refund alert");

        var payment = Assert.Single(cancelled.GetProperty("payments").EnumerateArray());
        Assert.Equal(("PRE-1", "20.00"), (payment.GetProperty("reference").GetString(), payment.GetProperty("amount").GetString()));
        Assert.Equal("Refund due: 20.00 EUR came in (PRE-1) that the order did not take: it is Cancelled.", cancelled.GetProperty("attention").GetString());
        await AssertConflictAsync(late, "Cancelled");
        Assert.Single(alerts);
    }

    static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field, string says)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(says, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_UnknownOrder_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await EventAsync("api-0000000000", "fulfilment")).StatusCode);
    }
}

/// <summary>Manual mode where the warehouse has two seconds to pack an order.</summary>
public sealed class ImpatientManualApp : ProductApp
{
    protected override string Mode => "Manual";

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [new("OrderFlow:Fulfilment:StageLimits:Fulfilment", "00:00:02")];
}

public class StageLimitTests(ImpatientManualApp app) : IClassFixture<ImpatientManualApp>
{
    [Fact]
    public async Task FulfilmentOverdue_TimelineMarkedAlertSentOrderStillWaits()
    {
        await OrderApi.SeedProductAsync(app.Http, "SLOW-1");
        await OrderApi.SeedCustomerAsync(app.Http, "c-sla");
        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order("PO-SLA-1", "c-sla", "SLOW-1"));

        var marked = await Eventually.WaitForAsync(
            () => app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}"),
            o => o.GetProperty("timeline").EnumerateArray().Any(t => t.GetProperty("stage").GetString() == "SlaBreached:Fulfilment"),
            TimeSpan.FromSeconds(60),
            "the overdue mark");
        var alerts = await Eventually.WaitForAsync(
            async () => (await MailCatcher.MessagesToAsync(DemoStaff.Operations)).Where(m => m.Subject.Contains("PO-SLA-1", StringComparison.Ordinal)).ToList(),
            m => m.Count >= 1, TimeSpan.FromSeconds(60), "the overdue alert");

        Assert.Equal("Reserved", marked.GetProperty("status").GetString());
        Assert.Single(alerts);
        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/fulfilment", new { })).StatusCode);
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Fulfilled");
    }
}
