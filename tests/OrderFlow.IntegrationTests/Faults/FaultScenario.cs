using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using OrderFlow.Functions.Http;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Invoicing;
using OrderFlow.IntegrationTests.Orders;

namespace OrderFlow.IntegrationTests.Faults;

/// <summary>
/// One fault scenario: a product DevHost process whose storage goes through <see cref="StorageFaults"/> (or is an
/// Azurite the host started itself), one SKU of stock, a customer, and orders posted as a shop would (a 503 answer is
/// delivered again until accepted); afterwards every order final and every <see cref="OrderInvariants"/> holding.
/// </summary>
sealed class FaultScenario : IAsyncDisposable
{
    public const int StockPut = 100;
    readonly Stopwatch clock = Stopwatch.StartNew();
    readonly StorageFaults? faults;

    FaultScenario(TestNames names, Dictionary<string, string?> settings, StorageFaults? faults, DevHostProcess host)
    {
        Names = names;
        Settings = settings;
        this.faults = faults;
        Host = host;
        Http = host.CreateClient();
    }

    public TestNames Names { get; }

    /// <summary>The host's settings; for a host on an Azurite of its own, AzureWebJobsStorage names that Azurite.</summary>
    public Dictionary<string, string?> Settings { get; }

    public StorageFaults Faults => faults ?? throw new InvalidOperationException("This scenario's host runs on an Azurite of its own, with no fault proxy.");

    public DevHostProcess Host { get; private set; }

    public HttpClient Http { get; private set; }

    public string Sku => "FAULT-" + Names.Suffix.ToUpperInvariant();

    public string Customer => "c-fault-" + Names.Suffix;

    public string CustomerEmail => OrderApi.EmailOf(Customer);

    /// <summary>Orders the app accepted (answered 2xx).</summary>
    public List<string> Accepted { get; } = [];

    /// <summary>Answers other than 2xx that intake gave while storage failed, by status (503 is the only one allowed).</summary>
    public Dictionary<int, int> Refusals { get; } = [];

    /// <summary>Starts the host, with <paramref name="configure"/> changing its settings first (a mail relay of the test's own).</summary>
    public static async Task<FaultScenario> StartAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var shared = await SharedServices.GetAsync();
        var faults = await StorageFaults.StartAsync(shared.StorageConnection);
        return await StartHostAsync(shared, faults, settings =>
        {
            settings["AzureWebJobsStorage"] = faults.ConnectionString;
            configure?.Invoke(settings);
        });
    }

    /// <summary>
    /// Starts the host with no storage set, so that it starts and supervises an Azurite of its own (data in the host's
    /// state folder, as <c>dotnet run</c> does); the test reads that Azurite directly.
    /// </summary>
    public static async Task<FaultScenario> StartOnOwnAzuriteAsync()
    {
        var shared = await SharedServices.GetAsync();
        return await StartHostAsync(shared, faults: null, settings => settings.Remove("AzureWebJobsStorage"));
    }

    static async Task<FaultScenario> StartHostAsync(SharedServices shared, StorageFaults? faults, Action<Dictionary<string, string?>> configure)
    {
        var names = TestNames.New();
        var settings = DevHostProcess.ProductSettings(shared, names, storagePrefix: "F");
        // The app's own queue retries (host.json: 5 attempts, 10 s apart), not the quick three other tests use: with
        // those, a 20 s outage poisons a start message that the real host would have delivered again.
        settings.Remove("AzureFunctionsJobHost:extensions:queues:maxDequeueCount");
        settings.Remove("AzureFunctionsJobHost:extensions:queues:visibilityTimeout");
        configure(settings);
        var host = await DevHostProcess.StartAsync(settings, productApp: true);
        if (!settings.ContainsKey("AzureWebJobsStorage"))
        {
            var own = await Eventually.WaitForAsync(() => Task.FromResult(host.Azurite), ports => ports is not null, TimeSpan.FromSeconds(10), "the banner to say where Azurite listens");
            settings["AzureWebJobsStorage"] = own!.Value.ConnectionString;
        }
        var scenario = new FaultScenario(names, settings, faults, host);
        await OrderApi.SeedProductAsync(scenario.Http, scenario.Sku, onHand: StockPut);
        await OrderApi.SeedCustomerAsync(scenario.Http, scenario.Customer);
        return scenario;
    }

    /// <summary>
    /// Posts order <paramref name="number"/> until intake accepts it, as a shop redelivers a webhook answered 5xx; each
    /// attempt through the client <paramref name="through"/> picks then (this host's by default); paid unless told.
    /// </summary>
    public async Task PostAsync(int number, Func<HttpClient>? through = null, bool paid = true)
    {
        var order = OrderApi.Order($"PO-F{Names.Suffix}-{number}", Customer, Sku, quantity: 1, paid: paid);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            var attempt = await TryPostAsync(order, through?.Invoke() ?? Http);
            if (attempt is null)
            {
                // The host died with the request: no answer, so the shop delivers it again.
                Assert.True(DateTime.UtcNow < deadline, $"order {number}: no answer for 2 minutes");
                await Task.Delay(TimeSpan.FromSeconds(1));
                continue;
            }
            var (response, body) = attempt.Value;
            using var answered = response;
            if (response.IsSuccessStatusCode)
            {
                lock (Accepted)
                {
                    Accepted.Add(System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("orderId").GetString()!);
                }
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"order {number}: still refused after 2 minutes: {(int)response.StatusCode} {body}");
            AssertRetryLater(response, body);
            lock (Refusals)
            {
                Refusals[(int)response.StatusCode] = Refusals.GetValueOrDefault((int)response.StatusCode) + 1;
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>What the API answers while storage is away: 503 problem+json saying when to repeat, never a 500.</summary>
    public static void AssertRetryLater(HttpResponseMessage response, string body)
    {
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(StorageUnavailable.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        Assert.Contains(StorageUnavailable.Title, body, StringComparison.Ordinal);
    }

    static async Task<(HttpResponseMessage, string)?> TryPostAsync(object order, HttpClient http)
    {
        try
        {
            var response = await http.PostAsJsonAsync("api/orders", order);
            return (response, await response.Content.ReadAsStringAsync());
        }
        catch (Exception ex) when (ex is HttpRequestException or ObjectDisposedException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>
    /// Starts another instance of the app on the same storage and task hub, as Azure scales out: a state folder of its
    /// own, so a durable worker and timer instance of its own, holding this host's keys (one app, one set of secrets).
    /// </summary>
    public async Task<DevHostProcess> StartWorkerAsync(string name)
    {
        var state = Settings["DevHost:StateDirectory"]!;
        var own = $"{state}-{name}";
        Directory.CreateDirectory(own);
        File.Copy(Path.Combine(state, "keys.json"), Path.Combine(own, "keys.json"), overwrite: true);
        return await DevHostProcess.StartAsync(new Dictionary<string, string?>(Settings) { ["DevHost:StateDirectory"] = own }, productApp: true);
    }

    /// <summary>Kills the host (SIGKILL) and starts another on the same storage and task hub.</summary>
    public async Task RestartAsync()
    {
        Host.Kill();
        Host.Dispose();
        Host = await DevHostProcess.StartAsync(Settings, productApp: true);
        var old = Http;
        Http = Host.CreateClient();
        old.Dispose();
    }

    /// <summary>Waits for every accepted order to end, then checks the invariants; answers how long the scenario took.</summary>
    public async Task<TimeSpan> AssertInvariantsAsync(int emailRepeats = 0)
    {
        await OrderApi.WaitForEachAsync(Http, Accepted, TimeSpan.FromMinutes(4), "Completed", "Cancelled", "Rejected", "Failed");
        try
        {
            // Read past the proxy: the check is no part of the scenario and neither pays its latency nor meets its faults.
            var direct = faults is null ? Settings : new Dictionary<string, string?>(Settings) { ["AzureWebJobsStorage"] = faults.Upstream };
            await new OrderInvariants(direct).AssertHoldAsync(Accepted, new Dictionary<(string, string), int> { [(Sku, "WH-A")] = StockPut }, emailRepeats);
        }
        catch (Xunit.Sdk.XunitException broken)
        {
            throw new Xunit.Sdk.XunitException(broken.Message + HostLinesNaming(broken.Message));
        }
        return clock.Elapsed;
    }

    /// <summary>What the host logged about the orders a failure names: all a CI run keeps of why an order went wrong.</summary>
    string HostLinesNaming(string failure)
    {
        var named = Accepted.Where(id => failure.Contains(id, StringComparison.Ordinal)).ToList();
        var lines = Host.Output.Where(line => named.Any(id => line.Contains(id, StringComparison.Ordinal))).TakeLast(80).ToList();
        return lines.Count == 0 ? "" : $"\nThe host's last {lines.Count} log lines naming them:\n" + string.Join("\n", lines);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Host.Dispose();
        if (faults is null)
        {
            return;
        }
        // The run-wide Peppol check reads this app's invoices through the proxy, which is about to stop.
        faults.Latency = TimeSpan.Zero;
        await GeneratedDocuments.ReadLedgersAsync(faults.ConnectionString);
        await faults.DisposeAsync();
        await StoppedAppQueues.DeleteAsync(faults.Upstream, Names);
    }
}
