using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;
using OrderFlow.DevHost.Dependencies;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// Runs axe-core (pinned in the root package.json, installed with npm on first use) in a page and answers its serious
/// and critical violations, each as "rule: help (the elements)".
/// </summary>
static class Axe
{
    static readonly SemaphoreSlim Installing = new(1, 1);

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        // Evaluated through the driver, which a page's Content-Security-Policy does not restrict, so the page is tested as served.
        await page.EvaluateAsync(await File.ReadAllTextAsync(await ScriptAsync()));
        var results = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations");
        return [.. results.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} ({string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("target").ToString()))})")];
    }

    static async Task<string> ScriptAsync()
    {
        var state = LocalState.Resolve(new ConfigurationBuilder().Build());
        var script = Path.Combine(state.RepositoryRoot, "node_modules", "axe-core", "axe.min.js");
        await Installing.WaitAsync();
        try
        {
            if (!File.Exists(script))
            {
                // npm install adds what is missing beside a running Azurite; npm ci would first delete node_modules.
                await using var installLock = await FileLock.AcquireAsync(state.PathOf("npm.lock"), CancellationToken.None);
                var (exitCode, output) = await ToolCommands.RunAsync("npm", "install --no-audit --no-fund", state.RepositoryRoot, CancellationToken.None);
                if (exitCode != 0 || !File.Exists(script))
                {
                    throw new InvalidOperationException($"npm install of axe-core failed (exit {exitCode}):{Environment.NewLine}{output}");
                }
            }
            return script;
        }
        finally
        {
            Installing.Release();
        }
    }
}
