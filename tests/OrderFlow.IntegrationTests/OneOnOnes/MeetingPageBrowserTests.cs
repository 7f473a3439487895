using Microsoft.Playwright;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.OneOnOnes;

/// <summary>A participant prepares a one-to-one from the reminder's link in a real browser, with the keyboard alone.</summary>
[Collection(SharedApps.OneOnOnes)]
public sealed class MeetingPageBrowserTests(OneOnOneApp app)
{
    [Fact]
    public async Task Prepare_WithTheKeyboardInABrowser_SavedAndShownAndThePageIsAccessible()
    {
        var meeting = await MeetingSetup.StartAsync(app, "browser");
        await using var browser = await Browser.OpenAsync(meeting.EmployeeLink);
        var page = browser.Page;

        await page.GotoAsync(meeting.EmployeeLink.PathAndQuery);
        var emptyViolations = await Axe.SeriousViolationsAsync(page);
        await page.GetByLabel("Add an agenda item").FillAsync("Conference budget");
        await page.GetByLabel("Notes for this meeting").FillAsync("Ask early.");
        await page.GetByLabel("Notes for this meeting").PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).WaitForAsync(new() { Timeout = 90_000 });
        var status = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        var savedViolations = await Axe.SeriousViolationsAsync(page);
        using var participant = new MeetingPageClient();
        var stored = await participant.PageAsync(meeting.EmployeeLink);

        Assert.Empty(emptyViolations);
        Assert.Empty(savedViolations);
        Assert.Empty(browser.RequestsElsewhere);
        Assert.Equal("Saved.", status);
        Assert.Equal(["Conference budget"], MeetingPageClient.Items(stored));
        Assert.True(await page.GetByLabel("Conference budget").IsVisibleAsync());
    }
}
