using System.Net;
using Microsoft.Playwright;
using OrderFlow.Functions.Reporting;
using OrderFlow.IntegrationTests.Access;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Reporting;

namespace OrderFlow.IntegrationTests.BackOffice;

/// <summary>The back office's /dashboard shows each viewer the sections their roles open, inside the layout.</summary>
[Collection(SharedApps.Reporting)]
public class DashboardPageTests(ReportingApp app)
{
    const string OrdersChart = "id=\"orders-per-day-title\"";
    const string EngagementHeading = "<h2>Employee eNPS";

    public static TheoryData<string, bool, bool> Viewers => new()
    {
        { StaffBrowser.Priya, true, false },
        { StaffBrowser.Haruto, false, true },
        { StaffBrowser.Mara, true, true },
        { StaffBrowser.Chloe, false, false },
    };

    [Theory]
    [MemberData(nameof(Viewers))]
    public async Task DashboardPage_EachRole_SeesOnlyItsSections(string userId, bool orders, bool engagement)
    {
        using var viewer = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, userId);

        var response = await viewer.Http.GetAsync("dashboard");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<h1>"));
        Assert.Contains("<nav aria-label=\"Sections\">", html, StringComparison.Ordinal);
        Assert.Equal(orders, html.Contains(OrdersChart, StringComparison.Ordinal));
        Assert.Equal(engagement, html.Contains(EngagementHeading, StringComparison.Ordinal));
        Assert.Equal(!orders && !engagement, html.Contains(DashboardPages.NoSectionsText, StringComparison.Ordinal));
        // The layout's Content-Security-Policy allows no inline style.
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DashboardPage_AdminInABrowser_BothSectionsStyledWithNoSeriousAxeViolations()
    {
        await using var browser = await Browser.OpenAsync(app.Http.BaseAddress!);

        await browser.AsAsync("Mara Schulz", DashboardPages.Path);
        var violations = await Axe.SeriousViolationsAsync(browser.Page);
        // The sections' styles come with the back office's style sheet: tiles are laid out as a grid.
        var tiles = await browser.Page.Locator(".dashboard .tiles").First.EvaluateAsync<string>("e => getComputedStyle(e).display");

        Assert.Empty(violations);
        Assert.Empty(browser.RequestsElsewhere);
        Assert.Equal("grid", tiles);
        Assert.Equal(2, await browser.Page.Locator(".dashboard section").CountAsync());
    }
}
