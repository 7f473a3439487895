using System.Diagnostics;
using System.Text.RegularExpressions;

namespace OrderFlow.DevHost.Dependencies;

/// <summary>Starts smtp4dev, the local mail catcher pinned in .config/dotnet-tools.json, on loopback ports.</summary>
static class Smtp4Dev
{
    // What smtp4dev logs once each server listens, with the port it was given for port 0.
    static readonly Regex SmtpListening = new(@"SMTP Server is listening on port (?<port>\d+)");
    static readonly Regex WebListening = new(@"Now listening on: http://127\.0\.0\.1:(?<port>\d+)");

    public static async Task<(int SmtpPort, Uri WebUi)> StartAsync(LocalState state, ChildProcesses children, CancellationToken cancellationToken)
    {
        await using (await FileLock.AcquireAsync(state.PathOf("tools.lock"), cancellationToken))
        {
            var (exitCode, output) = await ToolCommands.RunAsync("dotnet", "tool restore", state.RepositoryRoot, cancellationToken);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"dotnet tool restore failed (exit {exitCode}):{Environment.NewLine}{output}");
            }
        }
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = state.RepositoryRoot,
        };
        foreach (var argument in new[]
        {
            "tool", "run", "smtp4dev", "--",
            "--urls=http://127.0.0.1:0", "--smtpport=0", "--imapport=0", "--pop3port=0",
            // Keep every message: the default keeps only the last hundred, too few for a test run or a long demo.
            "--bindaddress=127.0.0.1", "--db=", "--nousersettings", "--tlsmode=None", "--messagestokeep=1000000",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }
        var process = children.Start(startInfo);
        var smtp = await process.ListeningPortAsync(SmtpListening, TimeSpan.FromSeconds(90), "smtp4dev (SMTP)");
        var web = await process.ListeningPortAsync(WebListening, TimeSpan.FromSeconds(90), "smtp4dev (web UI)");
        return (smtp, new Uri($"http://127.0.0.1:{web}/"));
    }
}
