using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using OrderFlow.DevHost.Dependencies;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// Debian's headless Chromium, installed on first use by tests/install-chromium.sh (as DevHost installs Azurite),
/// taking phone-sized screenshots with a fresh profile and nothing that reaches the network on its own.
/// </summary>
static class Chromium
{
    const string Executable = "/usr/bin/chromium";
    static readonly SemaphoreSlim Installing = new(1, 1);

    public static async Task<byte[]> ScreenshotAsync(Uri page, int width, int height)
    {
        await EnsureInstalledAsync();
        var folder = Directory.CreateTempSubdirectory("orderflow-chromium-");
        try
        {
            var file = Path.Combine(folder.FullName, "page.png");
            var startInfo = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--user-data-dir={Path.Combine(folder.FullName, "profile")}",
                $"--screenshot={file}", $"--window-size={width},{height}", page.AbsoluteUri,
            })
            {
                startInfo.ArgumentList.Add(argument);
            }
            using var process = Process.Start(startInfo)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
            return File.Exists(file)
                ? await File.ReadAllBytesAsync(file)
                : throw new InvalidOperationException($"Chromium wrote no screenshot (exit {(process.HasExited ? process.ExitCode : -1)}): {await output}{await error}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    static async Task EnsureInstalledAsync()
    {
        await Installing.WaitAsync();
        try
        {
            if (File.Exists(Executable))
            {
                return;
            }
            var root = LocalState.Resolve(new ConfigurationBuilder().Build()).RepositoryRoot;
            var (exitCode, output) = await ToolCommands.RunAsync("bash", Path.Combine(root, "tests", "install-chromium.sh"), root, CancellationToken.None);
            if (exitCode != 0 || !File.Exists(Executable))
            {
                throw new InvalidOperationException($"tests/install-chromium.sh failed (exit {exitCode}):{Environment.NewLine}{output}");
            }
        }
        finally
        {
            Installing.Release();
        }
    }
}
