using System.Diagnostics;
using OrderFlow.DevHost.Dependencies;
using OrderFlow.IntegrationTests.Invoicing;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>An Azurite (in memory) for one fault test, which it can pause and resume as storage that stops answering.</summary>
sealed class PausableAzurite : IAsyncDisposable
{
    readonly ChildProcesses children;
    readonly Process process;

    PausableAzurite(ChildProcesses children, Process process, string connectionString)
    {
        this.children = children;
        this.process = process;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<PausableAzurite> StartAsync(SharedServices shared)
    {
        var children = new ChildProcesses(shared.State.PathOf($"pausable-{Guid.NewGuid():N}.json"));
        var (ports, started) = await Azurite.StartProcessAsync(shared.State, children, dataDirectory: null, AzuritePorts.Any, CancellationToken.None);
        return new PausableAzurite(children, started.Process, ports.ConnectionString);
    }

    /// <summary>SIGSTOP: connections are still accepted and requests still sent, but nothing is answered.</summary>
    public Task PauseAsync() => SignalAsync("STOP");

    public Task ResumeAsync() => SignalAsync("CONT");

    async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", $"{process.Id}"]);
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    public async ValueTask DisposeAsync()
    {
        // A stopped process would take its stop request only once continued.
        await ResumeAsync();
        // Its data is in memory: the documents its apps issued are gathered before it goes.
        await GeneratedDocuments.ReadLedgersAsync(ConnectionString);
        await children.DisposeAsync();
    }
}
