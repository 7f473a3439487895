using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Surveys;

/// <summary>An employee answers from the email's link in a real browser, with the keyboard alone.</summary>
[Collection(SharedApps.Surveys)]
public class AnswerPageBrowserTests(SurveyApp app)
{
    [Fact]
    public async Task Answer_WithTheKeyboardInABrowser_StoredOnceAndThePageIsAccessible()
    {
        var (_, roundId, _, mails) = await app.InvitedRoundAsync(3);
        var link = new Uri(mails[0].Link);
        await using var browser = await Browser.OpenAsync(link, 390, 844);
        var page = browser.Page;

        await page.GotoAsync(link.PathAndQuery);
        var formViolations = await Axe.SeriousViolationsAsync(page);
        await page.GetByLabel("7", new() { Exact = true }).First.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Group, new() { Name = "I have what I need to do my job well." }).GetByRole(Microsoft.Playwright.AriaRole.Radio).First.CheckAsync();
        await page.GetByLabel("Training").CheckAsync();
        await page.GetByLabel("Your answer (optional)").FillAsync("More pairing, please.");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Send my answers" }).PressAsync("Enter");
        var heading = page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "Thank you" });
        await heading.WaitForAsync(new() { Timeout = 90_000 });
        var thanks = await page.Locator("main").InnerTextAsync();
        var thanksViolations = await Axe.SeriousViolationsAsync(page);

        Assert.Empty(formViolations);
        Assert.Empty(thanksViolations);
        Assert.Empty(browser.RequestsElsewhere);
        Assert.Contains("Thank you", thanks, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await app.ResponseCountAsync(roundId));
    }
}
