using System.Diagnostics;
using System.Reflection;

namespace OrderFlow.Tests.Infra;

/// <summary>The Bicep CLI that this project's build restored from NuGet (no download at test time).</summary>
static class BicepCli
{
    static string Executable => typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BicepPath").Value ?? throw new InvalidOperationException("The build recorded no Bicep CLI path.");

    public static async Task<BicepRun> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var diagnostics = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new BicepRun(process.ExitCode, await output, await diagnostics);
    }
}

/// <summary>
/// What one run printed. Bicep reports type mismatches (BCP036, BCP037) only as warnings, so the tests treat any
/// diagnostic line at all as a failure.
/// </summary>
sealed record BicepRun(int ExitCode, string Output, string Diagnostics)
{
    public string[] DiagnosticLines => Diagnostics.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
