using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Accessibility;

/// <summary>The accessibility check the page tests rely on finds what it should, so an empty list means something.</summary>
public class AxeTests
{
    [Fact]
    public async Task SeriousViolations_UnlabelledFieldAndImage_BothReported()
    {
        await using var browser = await Browser.OpenAsync(new Uri("http://127.0.0.1:9/"));
        await browser.Page.SetContentAsync("<!doctype html><html lang=\"en\"><title>t</title><main><img src=\"data:,\"><input type=\"text\"></main></html>");

        var violations = await Axe.SeriousViolationsAsync(browser.Page);

        Assert.Contains(violations, v => v.StartsWith("image-alt:", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("label:", StringComparison.Ordinal));
    }
}
