using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using OrderFlow.DevHost;
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

    [Fact]
    public async Task ChildProcesses_AnotherStateFolderStartsCrashesAndStops_ThisFoldersChildrenKeepRunning()
    {
        var pidFile = Path.Combine(Path.GetTempPath(), $"children-{Guid.NewGuid():N}.json");
        var otherPidFile = Path.Combine(Path.GetTempPath(), $"children-{Guid.NewGuid():N}.json");
        await using var owner = new ChildProcesses(pidFile);
        var child = owner.Start(new ProcessStartInfo("sleep", "300")).Process;

        // Another DevHost starts, "dies" with its child running, starts again (stopping that orphan) and stops.
        var other = new ChildProcesses(otherPidFile);
        var othersOrphan = other.Start(new ProcessStartInfo("sleep", "300")).Process;
        await using (new ChildProcesses(otherPidFile))
        {
            await Eventually.WaitForAsync(() => Task.FromResult(othersOrphan.HasExited), e => e, TimeSpan.FromSeconds(10), "the other folder's orphan to stop");
        }

        Assert.False(child.HasExited);
        Assert.Equal([child.Id], ChildProcesses.Recorded(pidFile).Select(p => p.Id));
    }

    [Fact]
    public async Task DevHost_AnotherWithItsOwnStateFolderStartsAndStops_ThisOnesAzuriteKeepsRunning()
    {
        var shared = await SharedServices.GetAsync();
        await using var first = await StartOnOwnAzuriteAsync(shared);
        var firstChildren = Path.Combine(first.Configuration["DevHost:StateDirectory"]!, ChildProcesses.FileName);
        using var azurite = Assert.Single(ChildProcesses.Recorded(firstChildren));

        await (await StartOnOwnAzuriteAsync(shared)).DisposeAsync();

        Assert.False(azurite.HasExited);
        Assert.Equal([azurite.Id], ChildProcesses.Recorded(firstChildren).Select(p => p.Id));
        Assert.True(await AnswersAsync(new TableClient(first.Info.Azurite!.Value.ConnectionString, "kept")));
    }

    /// <summary>A DevHost given no storage, so that it starts an Azurite of its own, and a state folder of its own.</summary>
    static Task<DevHostServer> StartOnOwnAzuriteAsync(SharedServices shared)
    {
        var settings = TestApp.Settings(shared, TestNames.New());
        settings.Remove("AzureWebJobsStorage");
        DevHostStarts.Record(nameof(LocalDependencyTests));
        return DevHostServer.StartAsync(new DevHostStartOptions(typeof(TestApp).Assembly) { Settings = settings, PrintBanner = false });
    }

    [Fact]
    public async Task ChildProcesses_Stopped_RefuseToStartAChild()
    {
        var children = new ChildProcesses(Path.Combine(Path.GetTempPath(), $"children-{Guid.NewGuid():N}.json"));

        await children.DisposeAsync();

        Assert.Throws<OperationCanceledException>(() => children.Start(new ProcessStartInfo("sleep", "300")));
    }

    [Fact]
    public async Task AzuriteSupervisor_AzuriteKilledTwice_StartedAgainOnTheSamePortsEachTime()
    {
        var state = (await SharedServices.GetAsync()).State;
        var data = Directory.CreateTempSubdirectory("azurite-").FullName;
        var pidFile = Path.Combine(Path.GetTempPath(), $"children-{Guid.NewGuid():N}.json");
        var children = new ChildProcesses(pidFile);
        try
        {
            var ports = await new AzuriteSupervisor(state, children, data, NullLogger<AzuriteSupervisor>.Instance).StartAsync(CancellationToken.None);
            var table = new TableClient(ports.ConnectionString, "supervised");
            await table.CreateAsync();

            foreach (var kill in new[] { 1, 2 })
            {
                using var azurite = Assert.Single(ChildProcesses.Recorded(pidFile));
                azurite.Kill();
                await Eventually.WaitForAsync(
                    () => Task.FromResult(ChildProcesses.Recorded(pidFile)), running => running.Count == 1 && running[0].Id != azurite.Id, TimeSpan.FromSeconds(60), $"Azurite started again after kill {kill}");

                // The same connection string reaches it again: a write after the restart is answered.
                await Eventually.WaitForAsync(() => AnswersAsync(table), answered => answered, TimeSpan.FromSeconds(30), $"Azurite to answer after kill {kill}");
            }
        }
        finally
        {
            await children.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    static async Task<bool> AnswersAsync(TableClient table)
    {
        try
        {
            await table.CreateIfNotExistsAsync();
            await table.UpsertEntityAsync(new TableEntity("p", "r"));
            return true;
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            return false;
        }
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

    [Fact]
    public async Task DevHost_AzuritePackagesNotInstalled_FailsWithOneLineSayingToBuild()
    {
        // A repository root whose Node packages the build has not installed: its package.json and tool manifest only.
        var repository = LocalState.Resolve(new ConfigurationBuilder().Build()).RepositoryRoot;
        var root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"orderflow-{Guid.NewGuid():N}")).FullName;
        File.Copy(Path.Combine(repository, "package.json"), Path.Combine(root, "package.json"));
        Directory.CreateDirectory(Path.Combine(root, ".config"));
        File.Copy(Path.Combine(repository, ".config", "dotnet-tools.json"), Path.Combine(root, ".config", "dotnet-tools.json"));
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OrderFlow.DevHost.dll"));
        startInfo.Environment.Remove("AzureWebJobsStorage");
        startInfo.Environment["DevHost__RepositoryRoot"] = root;
        startInfo.Environment["DevHost__StateDirectory"] = Path.Combine(root, ".orderflow");
        startInfo.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";

        using var process = Process.Start(startInfo)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Directory.Delete(root, recursive: true);

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("is not installed", line, StringComparison.Ordinal);
        Assert.Contains("npm ci", line, StringComparison.Ordinal);
    }
}
