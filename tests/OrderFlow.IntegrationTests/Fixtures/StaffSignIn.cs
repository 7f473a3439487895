using Microsoft.Playwright;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>A person signing in on DevHost's demo sign-in page as they would: pressing the button with their name.</summary>
static class StaffSignIn
{
    /// <summary>Signs in as the demo user called <paramref name="name"/> (demo-users.json) and waits for the page it leads to.</summary>
    public static async Task AsAsync(this BrowserPage browser, string name, string returnTo = "/")
    {
        var page = browser.Page;
        await page.GotoAsync($"/.auth/login/dev?post_login_redirect_uri={Uri.EscapeDataString(returnTo)}");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {name}", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/.auth/", StringComparison.Ordinal), new() { Timeout = 60_000 });
    }
}
