using System.Diagnostics;

namespace OrderFlow.DevHost.Dependencies;

/// <summary>Runs short set-up commands (dotnet tool restore) and checks that the tools exist (Node.js for Azurite).</summary>
static class ToolCommands
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, (await output) + (await error));
    }

    public static async Task RequireNodeAsync(string workingDirectory, CancellationToken cancellationToken)
    {
        const string install = "Node.js 20 or later (with npm) is required to run Azurite: install it (https://nodejs.org), or set AzureWebJobsStorage to an existing storage account.";
        try
        {
            var (exitCode, output) = await RunAsync("node", "--version", workingDirectory, cancellationToken);
            var major = int.TryParse(output.Trim().TrimStart('v').Split('.')[0], out var m) ? m : 0;
            if (exitCode != 0 || major < 20)
            {
                throw new DependencyMissingException(install);
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new DependencyMissingException(install);
        }
    }
}
