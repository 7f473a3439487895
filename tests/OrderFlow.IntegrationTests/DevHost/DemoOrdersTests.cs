using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using OrderFlow.DevHost.Demo;
using OrderFlow.IntegrationTests.Fixtures;
using Xunit.Abstractions;

namespace OrderFlow.IntegrationTests.DevHost;

/// <summary>What a newcomer sees after `dotnet run`: past orders of eight weeks in every outcome and live ones in each waiting state.</summary>
[Collection(SharedApps.DemoData)]
public class DemoOrdersTests(DemoSeededProductApp app, ITestOutputHelper output)
{
    async Task<List<JsonElement>> ListAsync(string query)
    {
        var page = await app.Http.GetFromJsonAsync<JsonElement>($"api/orders?{query}&pageSize=100");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

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
        var peopleBefore = await DemoPeopleData.ReadAsync(app.Server.Services);
        var clock = Stopwatch.StartNew();

        // With the app's services, as DevHost seeds: survey answers would go in again too, were the survey new.
        await DemoDataSeeder.SeedAsync(app.Http.BaseAddress!, TestApp.HostKey, file, app.Server.Services, NullLogger.Instance, CancellationToken.None);
        output.WriteLine($"Demo data seeded again in {clock.Elapsed.TotalSeconds:F1} s");
        var after = (await ListAsync($"from={from}")).Select(o => (o.GetProperty("orderId").GetString(), o.GetProperty("externalId").GetString())).Order().ToList();
        var refund = Assert.Single(await ListAsync("status=Rejected"), o => o.GetProperty("externalId").GetString() == "DEMO-1006");
        var peopleAfter = await DemoPeopleData.ReadAsync(app.Server.Services);

        Assert.Equal(before, after);
        Assert.Single(refund.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("stage").GetString() == "RefundDue");
        Assert.Single(peopleBefore.Surveys);
        Assert.Equal(peopleBefore.Surveys, peopleAfter.Surveys);
        Assert.Equal(peopleBefore.Rounds, peopleAfter.Rounds);
        Assert.Equal(4, peopleBefore.Series.Count);
        Assert.Equal(peopleBefore.Series, peopleAfter.Series);
        Assert.Equal(peopleBefore.Employees, peopleAfter.Employees);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{clock.Elapsed}");
    }
}
