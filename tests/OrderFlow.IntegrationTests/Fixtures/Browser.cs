using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;
using OrderFlow.DevHost.Dependencies;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// One headless Debian Chromium per test run, driven by Playwright (installed on first use by
/// tests/install-chromium.sh; Playwright never downloads a browser here). Each page opens in its own context (its own
/// cookies) that may reach only the app under test: anything else a page asks for is aborted and counted, so a page
/// that needs a CDN fails its test.
/// </summary>
static class Browser
{
    const string Executable = "/usr/bin/chromium";
    static readonly SemaphoreSlim Starting = new(1, 1);
    static IBrowser? shared;

    public static async Task<BrowserPage> OpenAsync(Uri app, int width = 1280, int height = 900)
    {
        var browser = await SharedAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.GetLeftPart(UriPartial.Authority),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
        });
        var elsewhere = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Authority == app.Authority)
            {
                await route.ContinueAsync();
                return;
            }
            lock (elsewhere)
            {
                elsewhere.Add(route.Request.Url);
            }
            await route.AbortAsync();
        });
        return new BrowserPage(context, await context.NewPageAsync(), elsewhere);
    }

    static async Task<IBrowser> SharedAsync()
    {
        await Starting.WaitAsync();
        try
        {
            if (shared is { IsConnected: true })
            {
                return shared;
            }
            await DebianPackages.EnsureAsync(Executable, "install-chromium.sh");
            var playwright = await Playwright.CreateAsync();
            shared = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Executable,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            return shared;
        }
        finally
        {
            Starting.Release();
        }
    }
}

/// <summary>A page in its own browser context, and the requests it tried to send anywhere but the app.</summary>
sealed class BrowserPage(IBrowserContext context, IPage page, IReadOnlyCollection<string> requestsElsewhere) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public IReadOnlyCollection<string> RequestsElsewhere => requestsElsewhere;

    /// <summary>
    /// With ORDERFLOW_SCREENSHOTS set (to anything), the whole page as docs/images/<paramref name="file"/>: the pictures
    /// of the back office's documentation come from the journeys that test it. Otherwise nothing.
    /// </summary>
    public async Task ScreenshotForDocsAsync(string file)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ORDERFLOW_SCREENSHOTS")))
        {
            return;
        }
        var images = Path.Combine(LocalState.Resolve(new ConfigurationBuilder().Build()).RepositoryRoot, "docs", "images");
        Directory.CreateDirectory(images);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(images, file), FullPage = true });
    }

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}
