using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;
using OrderFlow.DevHost.Dependencies;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// Runs axe-core (pinned in the root package-lock.json, installed by the build) in a page and answers its serious
/// and critical violations, each as "rule: help (the elements)".
/// </summary>
static class Axe
{
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        // Evaluated through the driver, which a page's Content-Security-Policy does not restrict, so the page is tested as served.
        await page.EvaluateAsync(await File.ReadAllTextAsync(Script()));
        var results = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations");
        return [.. results.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} ({string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("target").ToString()))})")];
    }

    /// <summary>The script the build installed with npm ci (OrderFlow.DevHost.csproj), from package-lock.json.</summary>
    static string Script()
    {
        var script = Path.Combine(LocalState.Resolve(new ConfigurationBuilder().Build()).RepositoryRoot, "node_modules", "axe-core", "axe.min.js");
        return File.Exists(script) ? script : throw new InvalidOperationException($"{script} is missing: the build installs it with npm ci (Node.js 20 or later).");
    }
}
