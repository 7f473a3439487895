using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using OrderFlow.DevHost.Demo;
using OrderFlow.IntegrationTests.Access;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Orders;
using Xunit.Abstractions;

namespace OrderFlow.IntegrationTests.DevHost;

/// <summary>
/// What a newcomer sees after `dotnet run`: past orders of eight weeks in every outcome and live ones waiting for each
/// role, in Manual fulfilment: for approval, for stock, for Operations at each warehouse and carrier stage, for a refund.
/// </summary>
[Collection(SharedApps.DemoData)]
public class DemoOrdersTests(DemoSeededProductApp app, ITestOutputHelper output)
{
    /// <summary>The orders the list finds, each read whole: a list shows their summaries.</summary>
    async Task<List<JsonElement>> ListAsync(string query)
    {
        var page = await app.Http.GetFromJsonAsync<JsonElement>($"api/orders?{query}&pageSize=100");
        var orders = new List<JsonElement>();
        foreach (var listed in page.GetProperty("items").EnumerateArray())
        {
            orders.Add(await app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{listed.GetProperty("orderId").GetString()}"));
        }
        return orders;
    }

    async Task<JsonElement> LiveOrderAsync(string externalId) =>
        Assert.Single(await ListAsync("channel=api"), o => o.GetProperty("externalId").GetString() == externalId);

    /// <summary>The live demo orders (DEMO-1001…) as the seed's steps leave them: stage, flag, parcels, payments and picks.</summary>
    async Task<List<string>> LiveOrderStatesAsync() =>
        [.. (await ListAsync("channel=api")).Where(o => o.GetProperty("externalId").GetString()!.StartsWith("DEMO-10", StringComparison.Ordinal))
            .Select(o => $"{o.GetProperty("externalId")} {o.GetProperty("status")} {o.GetProperty("attention")} parcels {o.GetProperty("shipments")} " +
                $"payments {o.GetProperty("payments").GetArrayLength()} picked {string.Join(",", o.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("picked").GetInt32()))}")
            .Order()];

    static IEnumerable<JsonElement> Entries(JsonElement order, string stage) =>
        order.GetProperty("timeline").EnumerateArray().Where(t => t.GetProperty("stage").GetString() == stage);

    [Fact]
    public async Task Start_WithDemoData_PastOrdersOverEightWeeksInEveryOutcome()
    {
        var from = DateTime.UtcNow.Date.AddDays(-57).ToString("O");

        var imported = (await ListAsync($"from={from}")).Where(o => o.GetProperty("source").GetString() == "import").ToList();

        Assert.Equal(40, imported.Count);
        Assert.Equal(["Cancelled", "Completed", "Rejected"], imported.Select(o => o.GetProperty("status").GetString()).Distinct().Order());
        var received = imported.Select(o => o.GetProperty("timeline")[0].GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.True(received.Min() < DateTimeOffset.UtcNow.AddDays(-49) && received.Max() < DateTimeOffset.UtcNow.AddDays(-2), $"{received.Min()} .. {received.Max()}");
        Assert.All(imported.Where(o => o.GetProperty("status").GetString() == "Completed"), o => Assert.Equal(JsonValueKind.Null, o.GetProperty("invoiceNumber").ValueKind));
    }

    [Theory]
    [InlineData("OnHold", "DEMO-1005")]
    [InlineData("Backordered", "DEMO-1007")]
    [InlineData("Rejected", "DEMO-1006")]
    [InlineData("Reserved", "DEMO-1002")]
    [InlineData("Fulfilled", "DEMO-1004")]
    [InlineData("Invoiced", "DEMO-1001")]
    [InlineData("Invoiced", "DEMO-1008")]
    [InlineData("Completed", "DEMO-1003")]
    public async Task Start_WithDemoData_LiveOrderWaitsInItsState(string status, string externalId)
    {
        var order = await Eventually.WaitForAsync(
            async () => (await ListAsync($"status={status}")).FirstOrDefault(o => o.GetProperty("externalId").GetString() == externalId),
            o => o.ValueKind == JsonValueKind.Object,
            TimeSpan.FromSeconds(60),
            $"{externalId} {status}");

        Assert.Equal(status, order.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Start_WithDemoData_ShippedOrdersWaitForDelivery_OneFlaggedByTheCarriersDeliveryProblem()
    {
        var inTransit = await LiveOrderAsync("DEMO-1001");
        var problem = await LiveOrderAsync("DEMO-1008");
        var completed = await LiveOrderAsync("DEMO-1003");
        var flagged = await ListAsync("attention=true");

        var parcel = Assert.Single(inTransit.GetProperty("shipments").EnumerateArray());
        Assert.Equal(("JJD014600004521836", "InTransit"), (parcel.GetProperty("trackingNumber").GetString(), parcel.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Null, inTransit.GetProperty("attention").ValueKind);
        var stuck = Assert.Single(problem.GetProperty("shipments").EnumerateArray());
        Assert.Equal("InTransit", stuck.GetProperty("status").GetString());
        Assert.StartsWith("Nobody was at 12 rue des Potiers", stuck.GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Equal("DeliveryProblem", problem.GetProperty("flaggedFor").GetString());
        Assert.Single(Entries(problem, "DeliveryProblem"));
        Assert.Contains(flagged, o => o.GetProperty("externalId").GetString() == "DEMO-1008");
        Assert.Equal("Delivered", Assert.Single(completed.GetProperty("shipments").EnumerateArray()).GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(completed.GetProperty("invoiceNumber").GetString()));
    }

    [Fact]
    public async Task Start_WithDemoData_WorkQueueShowsOperationsAndApproversAnOrderInEachSection()
    {
        using var ethan = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Ethan);

        var work = await ethan.Http.GetStringAsync("work");

        Assert.Contains("<a href=\"/orders/", PageHtml.RowOf(PageHtml.Section(work, "work-awaitingapproval"), "DEMO-1005"), StringComparison.Ordinal);
        Assert.Contains("BOWL-RAM short by", PageHtml.RowOf(PageHtml.Section(work, "work-backordered"), "DEMO-1007"), StringComparison.Ordinal);
        Assert.Contains("JJD014600004522907", PageHtml.RowOf(PageHtml.Section(work, "work-needsattention"), "DEMO-1008"), StringComparison.Ordinal);
        Assert.Contains("BANK-2026-7781", PageHtml.RowOf(PageHtml.Section(work, "work-refunddue"), "DEMO-1006"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoOrderAwaitingPicks_OperationsPicksTheTeapotOnItsPage_PartlyPickedInTheirName()
    {
        var orderId = (await LiveOrderAsync("DEMO-1002")).GetProperty("orderId").GetString()!;
        using var chloe = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Chloe);
        var page = await chloe.Http.GetStringAsync($"orders/{orderId}");

        // The teapot is the order's second line: its box is lines[1].
        await OrderPageTests.DoneAsync(chloe, orderId, "pick", new() { ["pick.lines[1].quantity"] = "1", ["token"] = "demo-test-pick" });
        var picked = await Eventually.WaitForAsync(
            () => app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}"),
            o => Entries(o, "PartiallyFulfilled").Any(),
            TimeSpan.FromSeconds(60),
            "the teapot picked on DEMO-1002");

        Assert.Contains($"action=\"/orders/{orderId}/pick\"", page, StringComparison.Ordinal);
        Assert.Equal("Reserved", picked.GetProperty("status").GetString());
        Assert.Equal([("CUP-CAP", 0), ("POT-TEA", 1)], picked.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("sku").GetString()!, l.GetProperty("picked").GetInt32())));
        Assert.Equal("Chloe Rivera", Assert.Single(Entries(picked, "PartiallyFulfilled")).GetProperty("by").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Start_WithDemoData_RejectedHeldOrderOwesTheRefundOfItsPayment()
    {
        var rejected = await ListAsync("status=Rejected");
        var order = Assert.Single(rejected, o => o.GetProperty("externalId").GetString() == "DEMO-1006");

        var stages = order.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("stage").GetString()).ToList();

        Assert.Contains("RefundDue", stages);
        Assert.Contains("BANK-2026-7781", order.GetProperty("attention").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_RunAgain_ChangesNoOrderSurveyOneOnOneOrEmployee()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "demo-data.json");
        var from = DateTime.UtcNow.Date.AddDays(-57).ToString("O");
        var before = (await ListAsync($"from={from}")).Select(o => (o.GetProperty("orderId").GetString(), o.GetProperty("externalId").GetString())).Order().ToList();
        var liveBefore = await LiveOrderStatesAsync();
        var peopleBefore = await DemoPeopleData.ReadAsync(app.Server.Services);
        var clock = Stopwatch.StartNew();

        // With the app's services, as DevHost seeds: survey answers would go in again too, were the survey new.
        await DemoDataSeeder.SeedAsync(app.Http.BaseAddress!, TestApp.HostKey, file, app.Server.Services, NullLogger.Instance, CancellationToken.None);
        output.WriteLine($"Demo data seeded again in {clock.Elapsed.TotalSeconds:F1} s");
        var after = (await ListAsync($"from={from}")).Select(o => (o.GetProperty("orderId").GetString(), o.GetProperty("externalId").GetString())).Order().ToList();
        var liveAfter = await LiveOrderStatesAsync();
        var refund = Assert.Single(await ListAsync("status=Rejected"), o => o.GetProperty("externalId").GetString() == "DEMO-1006");
        var problem = await LiveOrderAsync("DEMO-1008");
        var peopleAfter = await DemoPeopleData.ReadAsync(app.Server.Services);

        Assert.Equal(before, after);
        Assert.Equal(8, liveBefore.Count);
        Assert.Equal(liveBefore, liveAfter);
        Assert.Single(Entries(refund, "RefundDue"));
        Assert.Single(Entries(problem, "DeliveryProblem"));
        Assert.Single(peopleBefore.Surveys);
        Assert.Equal(peopleBefore.Surveys, peopleAfter.Surveys);
        Assert.Equal(peopleBefore.Rounds, peopleAfter.Rounds);
        Assert.Equal(4, peopleBefore.Series.Count);
        Assert.Equal(peopleBefore.Series, peopleAfter.Series);
        Assert.Equal(peopleBefore.Employees, peopleAfter.Employees);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{clock.Elapsed}");
    }
}
