using System.Diagnostics;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>A tool run to its end or killed with its children at a deadline, so a hung tool cannot hang the test run.</summary>
static class BoundedProcess
{
    /// <summary>The exit code (null when killed at the deadline) and everything the tool wrote.</summary>
    public static async Task<(int? ExitCode, string Output, string Error)> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan deadline, string? workingDirectory = null)
    {
        var startInfo = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? "" };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            return (null, await output, await error);
        }
        return (process.ExitCode, await output, await error);
    }
}
