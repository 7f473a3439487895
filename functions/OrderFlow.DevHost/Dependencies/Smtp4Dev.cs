using System.Diagnostics;

namespace OrderFlow.DevHost.Dependencies;

/// <summary>Starts smtp4dev, the local mail catcher pinned in .config/dotnet-tools.json, on loopback ports.</summary>
static class Smtp4Dev
{
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
        var (smtp, web, imap, pop3) = (FreePort.Next(), FreePort.Next(), FreePort.Next(), FreePort.Next());
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = state.RepositoryRoot,
        };
        foreach (var argument in new[]
        {
            "tool", "run", "smtp4dev", "--",
            $"--urls=http://127.0.0.1:{web}", $"--smtpport={smtp}", $"--imapport={imap}", $"--pop3port={pop3}",
            // Keep every message: the default keeps only the last hundred, too few for a test run or a long demo.
            "--bindaddress=127.0.0.1", "--db=", "--nousersettings", "--tlsmode=None", "--messagestokeep=1000000",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }
        var process = children.Start(startInfo);
        await process.WaitUntilListeningAsync(smtp, TimeSpan.FromSeconds(90), "smtp4dev (SMTP)");
        await process.WaitUntilListeningAsync(web, TimeSpan.FromSeconds(90), "smtp4dev (web UI)");
        return (smtp, new Uri($"http://127.0.0.1:{web}/"));
    }
}
