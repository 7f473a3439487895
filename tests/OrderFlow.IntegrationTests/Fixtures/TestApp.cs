using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using OrderFlow.DevHost;
using OrderFlow.IntegrationTests.TestFunctions;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// DevHost in this process serving the test functions assembly on a loopback port, with its own task hub,
/// tables and queues on the shared Azurite. One per test class (xunit class fixture).
/// </summary>
public class TestApp : IAsyncLifetime, IStopsOnOverrun
{
    public const string HostKey = "test-host-key";

    DevHostServer? server;

    public TestNames Names { get; } = TestNames.New();

    public HttpClient Http { get; private set; } = null!;

    public EffectLog Effects { get; private set; } = null!;

    public QueueServiceClient Queues { get; private set; } = null!;

    internal DevHostServer Server => server!;

    /// <summary>Settings a fixture adds or overrides for its tests.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [];

    public async Task InitializeAsync()
    {
        var shared = await SharedServices.GetAsync();
        await BeforeStartAsync(shared);
        server = await DevHostStarts.TimedAsync(GetType().Name, () => DevHostServer.StartAsync(new DevHostStartOptions(typeof(TestApp).Assembly)
        {
            Settings = Merge(Settings(shared, Names), ExtraSettings),
            PrintBanner = false,
        }));
        Http = new HttpClient { BaseAddress = server.Info.BaseAddress };
        Http.DefaultRequestHeaders.Add("x-functions-key", HostKey);
        Effects = new EffectLog(new TableServiceClient(shared.StorageConnection).GetTableClient(Names.EffectsTable));
        Queues = new QueueServiceClient(shared.StorageConnection, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
    }

    /// <summary>Runs before DevHost starts, e.g. to leave state behind as an earlier run would.</summary>
    protected virtual Task BeforeStartAsync(SharedServices services) => Task.CompletedTask;

    /// <summary>Later layers win, key by key.</summary>
    internal static Dictionary<string, string?> Merge(params IEnumerable<KeyValuePair<string, string?>>[] layers) =>
        layers.SelectMany(l => l).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Last().Value);

    internal static Dictionary<string, string?> Settings(SharedServices shared, TestNames names) => new()
    {
        ["urls"] = "http://127.0.0.1:0",
        ["AzureWebJobsStorage"] = shared.StorageConnection,
        ["OrderFlow:Email:Smtp:Host"] = "127.0.0.1",
        ["OrderFlow:Email:Smtp:Port"] = $"{shared.SmtpPort}",
        ["DevHost:StateDirectory"] = shared.State.PathOf(names.Suffix),
        ["DevHost:HostKey"] = HostKey,
        ["DevHost:HostId"] = names.HostId,
        ["AzureFunctionsJobHost:extensions:durableTask:hubName"] = names.TaskHub,
        ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "3",
        ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00",
        ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.500",
        // How far apart an idle worker polls the task hub's queues (a message it sends itself wakes its poller at once):
        // DevHost's 1 s would add up to a second to each step that waits on a timer or another process; much less
        // makes every idle test DevHost a steady load on the one Azurite thread all of them share.
        ["DevHost:Durable:MaxQueuePollingInterval"] = "00:00:00.500",
        ["TestEffectsTable"] = names.EffectsTable,
        ["TestWorkQueue"] = names.WorkQueue,
        ["TestTimerSchedule"] = "0 0 0 1 1 *",
        ["OrderIntakeQueue"] = "intake-" + names.Suffix,
        ["EmailOutboxQueue"] = names.OutboxQueue,
        ["OrderStartQueue"] = "starts-" + names.Suffix,
        ["SurveyInvitationsQueue"] = "invites-" + names.Suffix,
    };

    public async Task<WorkflowState> WorkflowAsync(string instanceId)
    {
        var state = await Http.GetFromJsonAsync<WorkflowState>($"api/probe/workflows/{instanceId}");
        return state!;
    }

    public Task DisposeAsync()
    {
        Http?.Dispose();
        HostStops.Begin(StopAsync);
        return Task.CompletedTask;
    }

    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref server, null) is { } running)
        {
            await DevHostStarts.TimedStopAsync(async () => await running.DisposeAsync());
            await StoppedAppQueues.DeleteAsync((await SharedServices.GetAsync()).StorageConnection, Names);
        }
    }
}

public sealed record WorkflowState(string Status, string? Output)
{
    public T? OutputAs<T>() => Output is null ? default : JsonSerializer.Deserialize<T>(Output);
}
