using Azure.Storage.Queues;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Benchmarks.Throughput;
using OrderFlow.DevHost;
using OrderFlow.DevHost.Dependencies;

namespace OrderFlow.Benchmarks.Soak;

/// <summary>
/// An hour (by default) of steady mixed load on DevHost serving the real app in Manual mode: orders from all five
/// channels at a fixed rate, each driven to its end by warehouse, carrier and bank events (some cancelled), survey
/// rounds answered and finance pulling invoices, with memory and backlog sampled every minute. Then the orders still
/// open are given time to end, and the targets are judged.
/// </summary>
static class SoakBenchmark
{
    const string Name = "Soak";
    const string TaskHub = Name + "Bench";
    const string HostKey = "soak-host-key";
    const string FinanceKey = "soak-finance-key";
    static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(10);

    /// <summary>True when every target was met.</summary>
    public static async Task<bool> RunAsync(LocalState state, ChildProcesses children, SoakPlan plan)
    {
        // Real emails to a real SMTP server, as in the product: a dead port would add retries and poison messages.
        var (smtpPort, _) = await Smtp4Dev.StartAsync(state, children, CancellationToken.None);
        // On disk, as DevHost keeps its data (in memory Azurite's collection of spent queue messages grows with the
        // square of a minute's messages: see PhaseStorage).
        await using var azurite = await PhaseAzurite.StartAsync(state, "soak", onDisk: true);
        await using var devHost = await ProductDevHost.StartAsync(azurite.ConnectionString, Name,
            Setting("DevHost:HostKey", HostKey), Setting("DevHost:FinanceKey", FinanceKey), Setting("DevHost:SeedDemoData", "false"),
            Setting("OrderFlow:Fulfilment:Mode", "Manual"), Setting("OrderFlow:Email:Smtp:Port", $"{smtpPort}"),
            // Each stage limit is a durable timer, hidden in a control queue until due even after its order ended;
            // Azurite passes over every hidden message on each receive, so limits of days pile up thousands of them
            // and the run measures the emulator. Limits of a minute come due (and go) within the run; no order of
            // the mix waits that long for a step, so none is marked overdue.
            Setting("OrderFlow:Fulfilment:StageLimits:Fulfilment", "00:01:00"), Setting("OrderFlow:Fulfilment:StageLimits:Shipment", "00:01:00"),
            Setting("OrderFlow:Fulfilment:StageLimits:Delivery", "00:01:00"),
            // Azurite reads an instance's history by scanning every instance's (about 38 rows an order), before each
            // orchestration step: kept for DevHost's default hour, the history makes each step dearer minute by
            // minute. Purged once finished and a minute old, the table holds the orders in flight and little more.
            Setting("DevHost:Durable:PurgeFinishedAfter", "00:01:00"), Setting("DevHost:Durable:PurgeInterval", "00:00:30"));
        using var api = Client(devHost, HostKey);
        using var finance = Client(devHost, FinanceKey);
        var intakeQueue = new QueueClient(azurite.ConnectionString, SoakIntake.IntakeQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await intakeQueue.CreateIfNotExistsAsync();
        await SoakCatalogue.SeedAsync(api);
        var log = new SoakLog();
        var surveys = await SurveyTraffic.SeedAsync(api, devHost.Services, log);
        var azuriteProcess = await AzuriteProcess.OfAsync(azurite);
        // Peeks read the task hub's messages too, which are not base64: this client leaves every message as it is.
        var sampledQueues = new QueueServiceClient(azurite.ConnectionString);
        Task<ResourceSample> SampleAsync() => ResourceSample.TakeAsync(azuriteProcess, sampledQueues, TaskHub);

        var probe = await StorageProbe.CreateAsync(azurite.ConnectionString, log);

        using var load = new OrderLoad(new SoakIntake(api, intakeQueue), new OrderDriver(api, log), log);
        await RunLoadAsync(plan, log, load, SampleAsync, surveys.RunAsync, new FinanceTraffic(finance, log).RunAsync, probe.RunAsync);
        Console.WriteLine($"Load over; up to {DrainLimit.TotalMinutes:0} minutes for the {load.Open} orders still open to end...");
        await load.DrainAsync(DrainLimit);
        var openInstances = await OpenInstances.WaitForNoneAsync(devHost.Services.GetRequiredService<DurableTaskClient>());
        return SoakReport.PrintSummary(plan, log, await SampleAsync(), openInstances);
    }

    /// <summary>The minutes of the load: orders, the side traffic beside them, and a row at the end of each minute.</summary>
    static async Task RunLoadAsync(
        SoakPlan plan, SoakLog log, OrderLoad load, Func<Task<ResourceSample>> sample, params Func<CancellationToken, Task>[] sideTraffic)
    {
        SoakReport.PrintHeader(plan);
        using var loadOver = new CancellationTokenSource();
        log.Start();
        var side = Task.WhenAll(sideTraffic.Select(run => run(loadOver.Token)));
        var sampling = SampleEveryMinuteAsync(plan, log, sample);
        // Said at once, not when the load is over: an hour's run without its rows is an hour lost.
        _ = sampling.ContinueWith(failed => Console.WriteLine($"Sampling stopped: {failed.Exception}"), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        await load.SendAsync(plan);
        await sampling;
        await loadOver.CancelAsync();
        await side;
    }

    /// <summary>At the end of each minute of the load: memory and queues, and the minute's row.</summary>
    static async Task SampleEveryMinuteAsync(SoakPlan plan, SoakLog log, Func<Task<ResourceSample>> sample)
    {
        for (var minute = 1; minute <= plan.Minutes; minute++)
        {
            var due = TimeSpan.FromMinutes(minute) - log.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }
            var record = log.Minute(minute);
            record.Resources = await sample();
            SoakReport.PrintMinute(minute, record, plan);
        }
    }

    static KeyValuePair<string, string?> Setting(string key, string value) => KeyValuePair.Create<string, string?>(key, value);

    static HttpClient Client(DevHostServer devHost, string key)
    {
        var http = new HttpClient { BaseAddress = devHost.Info.BaseAddress };
        http.DefaultRequestHeaders.Add("x-functions-key", key);
        return http;
    }
}
