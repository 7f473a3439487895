using System.Text.RegularExpressions;
using OrderFlow.IntegrationTests.Fixtures;
using StbImageSharp;

namespace OrderFlow.IntegrationTests.Reporting;

/// <summary>The dashboard as a person sees it: the HTML's charts, and a phone-sized screenshot in headless Chromium, checked by axe-core.</summary>
public partial class DashboardTests(ReportingApp app) : IClassFixture<ReportingApp>
{
    const int PhoneWidth = 390, PhoneHeight = 844;

    [Fact]
    public async Task Dashboard_WithDemoOrders_RendersAccessibleChartsOnAPhoneScreen()
    {
        await app.CompleteDemoOrdersAsync("DASH", 3);
        var html = await Eventually.WaitForAsync(
            () => app.Http.GetStringAsync("api/dashboard"),
            page => page.Contains("<b>3</b>", StringComparison.Ordinal), TimeSpan.FromSeconds(120), "the dashboard to count the three orders");

        var charts = SvgCharts().Matches(html);
        await using var phone = await Browser.OpenAsync(app.Http.BaseAddress!, PhoneWidth, PhoneHeight);
        await phone.Page.GotoAsync($"api/dashboard?code={ReportingApp.FinanceKey}");
        var png = await phone.Page.ScreenshotAsync();
        var violations = await Axe.SeriousViolationsAsync(phone.Page);
        var image = ImageResult.FromMemory(png, ColorComponents.RedGreenBlue);

        Assert.Equal(["cycle-time", "fulfilment-rate", "orders-per-day"], charts.Select(c => c.Groups["id"].Value).Order());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        // Employees' figures are on the engagement dashboard, which the finance key does not open.
        Assert.DoesNotContain("eNPS", html, StringComparison.Ordinal);
        Assert.Empty(violations);
        Assert.Empty(phone.RequestsElsewhere);
        Assert.Equal((PhoneWidth, PhoneHeight), (image.Width, image.Height));
        Assert.InRange(png.Length, 10_000, 5_000_000);
        var colours = Enumerable.Range(0, image.Width * image.Height).Select(p => (image.Data[3 * p], image.Data[(3 * p) + 1], image.Data[(3 * p) + 2])).CountBy(c => c).ToList();
        Assert.True(colours.Count > 50, $"only {colours.Count} colours: the page looks blank");
        Assert.True(colours.Max(c => c.Value) < 0.9 * image.Width * image.Height, "one colour fills 90% of the screen: the page looks blank");
        // Kept beside the test binaries for a person to look at.
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "dashboard-phone.png"), png);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "dashboard.html"), html);
    }

    // An SVG named by its own title and description, for screen readers.
    [GeneratedRegex("<svg [^>]*role=\"img\" aria-labelledby=\"(?<id>[a-z-]+)-title \\k<id>-desc\"><title id=\"\\k<id>-title\">[^<]+</title><desc id=\"\\k<id>-desc\">[^<]+</desc>")]
    private static partial Regex SvgCharts();
}
