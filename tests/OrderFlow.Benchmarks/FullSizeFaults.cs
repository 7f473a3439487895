using System.Diagnostics;

namespace OrderFlow.Benchmarks;

/// <summary>
/// The fault scenarios of the integration tests (tests/OrderFlow.IntegrationTests/Faults) at the full size,
/// too long for CI: 100 orders in flight, outages of a minute. They are the same tests, run by <c>dotnet test</c>
/// with the size variable set, so the scenarios and their invariants live in one place.
/// </summary>
static class FullSizeFaults
{
    const string SizeVariable = "ORDERFLOW_FAULT_SIZE";
    const string Scenarios = "FullyQualifiedName~OrderFlow.IntegrationTests.Faults";

    /// <summary>Runs every scenario, or those whose name contains <paramref name="only"/>; answers dotnet test's exit code.</summary>
    public static async Task<int> RunAsync(string? only)
    {
        var filter = only is null ? Scenarios : $"{Scenarios}&FullyQualifiedName~{only}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot(),
            ArgumentList = { "test", "tests/OrderFlow.IntegrationTests", "--filter", filter, "--logger", "console;verbosity=detailed" },
            Environment = { [SizeVariable] = "full" },
        };
        using var run = Process.Start(start) ?? throw new InvalidOperationException("dotnet test did not start.");
        await run.WaitForExitAsync();
        return run.ExitCode;
    }

    static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OrderFlow.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No OrderFlow.sln above {AppContext.BaseDirectory}.");
    }
}
