namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// Debian's headless Chromium, installed on first use by tests/install-chromium.sh (as DevHost installs Azurite),
/// taking phone-sized screenshots with a fresh profile and nothing that reaches the network on its own.
/// </summary>
static class Chromium
{
    const string Executable = "/usr/bin/chromium";

    public static async Task<byte[]> ScreenshotAsync(Uri page, int width, int height)
    {
        await DebianPackages.EnsureAsync(Executable, "install-chromium.sh");
        var folder = Directory.CreateTempSubdirectory("orderflow-chromium-");
        try
        {
            var file = Path.Combine(folder.FullName, "page.png");
            var (exitCode, output, error) = await BoundedProcess.RunAsync(Executable,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--user-data-dir={Path.Combine(folder.FullName, "profile")}",
                $"--screenshot={file}", $"--window-size={width},{height}", page.AbsoluteUri,
            ], TimeSpan.FromSeconds(90));
            return File.Exists(file)
                ? await File.ReadAllBytesAsync(file)
                : throw new InvalidOperationException($"Chromium wrote no screenshot (exit {exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none: killed after 90 s"}): {output}{error}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
