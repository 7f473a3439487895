using Microsoft.Extensions.Configuration;
using OrderFlow.DevHost.Dependencies;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// One Azurite (in memory, fresh each run) and one smtp4dev for the whole test run, started by the same code
/// DevHost uses. They stop when the test process exits; a run that was killed has them stopped by the next.
/// </summary>
public sealed class SharedServices
{
    static readonly Lazy<Task<SharedServices>> Instance = new(StartAsync);

    SharedServices(string storageConnection, int smtpPort, Uri mailUi, LocalState state)
    {
        StorageConnection = storageConnection;
        SmtpPort = smtpPort;
        MailUi = mailUi;
        State = state;
    }

    public string StorageConnection { get; }

    public int SmtpPort { get; }

    public Uri MailUi { get; }

    internal LocalState State { get; }

    public static Task<SharedServices> GetAsync() => Instance.Value;

    static async Task<SharedServices> StartAsync()
    {
        var root = LocalState.Resolve(new ConfigurationBuilder().Build()).RepositoryRoot;
        var state = LocalState.Resolve(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DevHost:StateDirectory"] = Path.Combine(root, ".orderflow", "integration-tests"),
        }).Build());
        var children = new ChildProcesses(state.PathOf("children.json"));
        // Each test app keeps its keys in a folder of its own; the last run's are of no use.
        foreach (var appState in Directory.GetDirectories(state.Directory))
        {
            Directory.Delete(appState, recursive: true);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => children.DisposeAsync().AsTask().GetAwaiter().GetResult();
        var azurite = Azurite.StartAsync(state, children, dataDirectory: null, CancellationToken.None);
        var smtp4dev = Smtp4Dev.StartAsync(state, children, CancellationToken.None);
        var (smtpPort, mailUi) = await smtp4dev;
        return new SharedServices(await azurite, smtpPort, mailUi, state);
    }
}
