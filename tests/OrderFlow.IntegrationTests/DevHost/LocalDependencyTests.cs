using System.Diagnostics;
using Azure.Data.Tables;
using OrderFlow.DevHost.Dependencies;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.DevHost;

public class LocalDependencyTests
{
    [Fact]
    public async Task ChildProcesses_OwnerCrashed_NextStartStopsTheOrphans()
    {
        var pidFile = Path.Combine(Path.GetTempPath(), $"children-{Guid.NewGuid():N}.json");
        var crashed = new ChildProcesses(pidFile);
        var orphan = crashed.Start(new ProcessStartInfo("sleep", "300")).Process;

        // No dispose: the owner "died". A new owner on the same file stops what the old one left.
        await using var next = new ChildProcesses(pidFile);

        var exited = await Eventually.WaitForAsync(() => Task.FromResult(orphan.HasExited), e => e, TimeSpan.FromSeconds(10), "the orphan to stop");
        Assert.True(exited);
        Assert.False(File.Exists(pidFile));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Azurite_StoppedAfterACrashOrAtShutdown_KeepsEveryWriteItAcknowledged(bool ownerCrashed)
    {
        var state = (await SharedServices.GetAsync()).State;
        var data = Directory.CreateTempSubdirectory("azurite-").FullName;
        var pidFile = Path.Combine(Path.GetTempPath(), $"children-{Guid.NewGuid():N}.json");
        var first = new ChildProcesses(pidFile);
        var storage = await Azurite.StartAsync(state, first, data, CancellationToken.None);
        var written = new TableClient(storage, "kept");
        await written.CreateAsync();
        await written.AddEntityAsync(new TableEntity("p", "r"));

        // Stopped right away, before Azurite's periodic save: by the next owner after a crash, or by its own at shutdown.
        if (!ownerCrashed)
        {
            await first.DisposeAsync();
        }
        var next = new ChildProcesses(pidFile);
        try
        {
            var restarted = await Azurite.StartAsync(state, next, data, CancellationToken.None);

            Assert.True((await new TableClient(restarted, "kept").GetEntityIfExistsAsync<TableEntity>("p", "r")).HasValue);
        }
        finally
        {
            await next.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task DevHost_NoNodeAndNoStorageSetting_FailsWithOneLineSayingWhatToInstall()
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OrderFlow.DevHost.dll"));
        // Only the .NET host on PATH: no node, no npm.
        startInfo.Environment["PATH"] = Path.GetDirectoryName(Environment.ProcessPath)!;
        startInfo.Environment.Remove("AzureWebJobsStorage");
        startInfo.Environment["DevHost__StateDirectory"] = Path.Combine(Path.GetTempPath(), $"devhost-{Guid.NewGuid():N}");
        startInfo.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";

        using var process = Process.Start(startInfo)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Node.js 20", line, StringComparison.Ordinal);
    }
}
