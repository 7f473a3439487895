using Microsoft.Extensions.Configuration;
using OrderFlow.DevHost.Dependencies;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// Debian packages a test needs, installed on first use by a script under tests/ (as DevHost installs Azurite), one
/// install at a time.
/// </summary>
static class DebianPackages
{
    static readonly SemaphoreSlim Installing = new(1, 1);

    public static string RepositoryRoot => LocalState.Resolve(new ConfigurationBuilder().Build()).RepositoryRoot;

    /// <summary>Runs tests/<paramref name="script"/> unless <paramref name="installedFile"/> exists, and fails when it still does not.</summary>
    public static async Task EnsureAsync(string installedFile, string script)
    {
        await Installing.WaitAsync();
        try
        {
            if (File.Exists(installedFile))
            {
                return;
            }
            var (exitCode, output) = await ToolCommands.RunAsync("bash", Path.Combine(RepositoryRoot, "tests", script), RepositoryRoot, CancellationToken.None);
            if (exitCode != 0 || !File.Exists(installedFile))
            {
                throw new InvalidOperationException($"tests/{script} failed (exit {exitCode}):{Environment.NewLine}{output}");
            }
        }
        finally
        {
            Installing.Release();
        }
    }
}
