using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Reporting;

/// <summary>GET /reports/orders and GET /dashboard through DevHost on the real Functions app.</summary>
[Collection(SharedApps.Reporting)]
public class OrderReportApiTests(ReportingApp app)
{
    static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string Tomorrow => DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task OrdersReport_DemoOrdersThroughDevHost_ShowUpExactly()
    {
        var orders = await app.CompleteDemoOrdersAsync("KPI", 2);
        var gross = orders.Sum(o => decimal.Parse(o.GetProperty("totals").GetProperty("gross").GetString()!, CultureInfo.InvariantCulture));

        var report = await Eventually.WaitForAsync(
            () => app.Http.GetFromJsonAsync<JsonElement>($"api/reports/orders?from={Today}&to={Tomorrow}"),
            r => r.GetProperty("completed").GetInt32() == 2, TimeSpan.FromSeconds(120), "both demo orders in the report");

        Assert.Equal((2, 2, 2), (report.GetProperty("received").GetInt32(), report.GetProperty("shipped").GetInt32(), report.GetProperty("delivered").GetInt32()));
        Assert.Equal(1m, report.GetProperty("fulfilmentRate").GetDecimal());
        Assert.Equal(1m, report.GetProperty("onTimeShipmentRate").GetDecimal());
        Assert.Equal(2, report.GetProperty("cycleTime").GetProperty("orders").GetInt64());
        var revenue = report.GetProperty("revenue")[0];
        Assert.Equal(("EUR", gross.ToString("F2", CultureInfo.InvariantCulture)), (revenue.GetProperty("currency").GetString(), revenue.GetProperty("amount").GetString()));
        var top = report.GetProperty("topSkus")[0];
        Assert.Equal(("CUP-ESP", 3), (top.GetProperty("sku").GetString(), top.GetProperty("quantity").GetInt32()));
    }

    [Theory]
    [InlineData("from=2026-13-01&to=2026-12-01", "from")]
    [InlineData("from=2026-11-01&to=yesterday", "to")]
    [InlineData("from=2026-11-01T00:00:00Z", "from")]
    [InlineData("from=2026-11-02&to=2026-11-01", "to")]
    [InlineData("from=2026-11-01&to=2026-11-01", "to")]
    [InlineData("from=2024-01-01&to=2026-01-01", "to")]
    public async Task OrdersReport_InvalidRange_400ProblemNamingTheField(string query, string field)
    {
        var response = await app.Http.GetAsync($"api/reports/orders?{query}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Theory]
    [InlineData("api/reports/orders")]
    [InlineData("api/dashboard")]
    public async Task FinanceKey_ReportsAndDashboard_Readable(string route)
    {
        using var finance = app.ClientWithKey(ReportingApp.FinanceKey);

        var response = await finance.GetAsync(route);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Dashboards_FinanceKeyAndHostKey_EmployeeFiguresOnlyOnTheEngagementPageForTheHostKey()
    {
        using var finance = app.ClientWithKey(ReportingApp.FinanceKey);

        var business = await finance.GetStringAsync("api/dashboard");
        var engagement = await app.Http.GetStringAsync("api/engagement/dashboard");

        Assert.DoesNotContain("eNPS", business, StringComparison.Ordinal);
        Assert.Contains("<h1>OrderFlow engagement dashboard</h1>", engagement, StringComparison.Ordinal);
        Assert.Contains("eNPS", engagement, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/orders")]
    [InlineData("api/inventory?sku=CUP-ESP")]
    [InlineData("api/engagement/dashboard")]
    [InlineData("api/enps?surveyId=s-1")]
    public async Task FinanceKey_OtherRoutes_403NamingTheRolesNeeded(string route)
    {
        using var finance = app.ClientWithKey(ReportingApp.FinanceKey);

        using var response = await finance.GetAsync(route);
        var problem = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("requiredRoles", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/reports/orders", null)]
    [InlineData("api/dashboard", null)]
    [InlineData("api/reports/orders", "not-a-key")]
    [InlineData("api/dashboard", "not-a-key")]
    public async Task ReportsAndDashboard_NoOrWrongKey_401(string route, string? key)
    {
        using var anonymous = app.ClientWithKey(key);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(route)).StatusCode);
    }
}
