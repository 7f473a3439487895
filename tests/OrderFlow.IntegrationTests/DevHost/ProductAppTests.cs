using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.DevHost;
using OrderFlow.DevHost.Discovery;
using OrderFlow.Functions;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Invoicing;

namespace OrderFlow.IntegrationTests.DevHost;

/// <summary>DevHost serving the real OrderFlow.Functions assembly, in Auto fulfilment with no step delay.</summary>
public class ProductApp : IAsyncLifetime, IStopsOnOverrun
{
    DevHostServer? server;

    public HttpClient Http { get; private set; } = null!;

    public TestNames Names { get; } = TestNames.New();

    /// <summary>The fulfilment mode the app runs in; null leaves it to DevHost's local run contract.</summary>
    protected virtual string? Mode => "Auto";

    protected virtual string? DemoDataFile => null;

    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [];

    /// <summary>For fixtures whose steps fail on purpose: retries in fractions of a second instead of seconds.</summary>
    protected static readonly Dictionary<string, string?> QuickRetries = new()
    {
        ["OrderFlow:Workflow:Retries:FirstRetry"] = "00:00:00.2",
        ["OrderFlow:Workflow:Retries:FirstEndingRetry"] = "00:00:01",
    };

    internal DevHostServer Server => server!;

    /// <summary>The settings the app started with.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; private set; } = new Dictionary<string, string?>();

    /// <summary>Services a fixture puts in place of the app's defaults, such as a clock it can set.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        var shared = await SharedServices.GetAsync();
        var own = new Dictionary<string, string?>
        {
            ["OrderFlow:Storage:Prefix"] = "T" + Names.Suffix,
            ["OrderFlow:Fulfilment:AutoStepDelay"] = "00:00:00",
        };
        if (Mode is not null)
        {
            own["OrderFlow:Fulfilment:Mode"] = Mode;
        }
        var settings = TestApp.Merge(TestApp.Settings(shared, Names), own, ExtraSettings);
        Settings = settings;
        server = await DevHostStarts.TimedAsync(GetType().Name, () => DevHostServer.StartAsync(new DevHostStartOptions(typeof(OrderFlowFunctionServices).Assembly)
        {
            Settings = settings,
            PrintBanner = false,
            DemoDataFile = DemoDataFile,
            ConfigureServices = ConfigureServices,
        }));
        GeneratedDocuments.AddLedger($"{GetType().Name}-{Names.Suffix}", settings);
        Http = new HttpClient { BaseAddress = server.Info.BaseAddress };
        Http.DefaultRequestHeaders.Add("x-functions-key", TestApp.HostKey);
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
            await StoppedAppQueues.DeleteAsync(Settings["AzureWebJobsStorage"]!, Names);
        }
    }
}

/// <summary>The product app waiting for the warehouse and carrier to report each step.</summary>
public sealed class ManualProductApp : ProductApp
{
    protected override string Mode => "Manual";

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => QuickRetries;
}

/// <summary>The product app as `dotnet run` starts it: seeded with DevHost's demo data, in the local run's fulfilment mode.</summary>
public sealed class DemoSeededProductApp : ProductApp
{
    protected override string? Mode => null;

    protected override string? DemoDataFile => Path.Combine(AppContext.BaseDirectory, "demo-data.json");
}

[Collection(SharedApps.DemoData)]
public class DemoDataTests(DemoSeededProductApp app)
{
    [Fact]
    public async Task Start_WithDemoData_AnOrderForADemoCustomerAndProductIsReservedForTheWarehouse()
    {
        var stock = await app.Http.GetFromJsonAsync<JsonElement>("api/inventory?sku=CUP-ESP");
        var orderId = await Orders.OrderApi.PostAsync(app.Http, Orders.OrderApi.Order("DEMO-1", "c-1001", "CUP-ESP", unitPrice: "12.50"));

        // Manual fulfilment, as `dotnet run` starts: the order waits for a person to pick it.
        var order = await Orders.OrderApi.WaitForStatusAsync(app.Http, orderId, "Reserved", "Fulfilled", "Completed", "Rejected", "Failed");

        Assert.Equal(["WH-BERLIN", "WH-HAMBURG"], stock.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("warehouse").GetString()).Order());
        Assert.Equal("Reserved", order.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Start_WithDemoData_DemoOrdersCompleteAndAreInvoiced()
    {
        // c-1003 has past orders and other live ones too: DEMO-1003 is the one paid at checkout.
        var listed = await Eventually.WaitForAsync(
            async () => (await app.Http.GetFromJsonAsync<JsonElement>("api/orders?customerId=c-1003&pageSize=100")).GetProperty("items").EnumerateArray()
                .FirstOrDefault(o => o.GetProperty("externalId").GetString() == "DEMO-1003"),
            order => order.ValueKind == JsonValueKind.Object,
            TimeSpan.FromSeconds(60),
            "the demo order DEMO-1003 of c-1003");
        var orderId = listed.GetProperty("orderId").GetString()!;

        var order = await Orders.OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Rejected", "Failed");
        var invoices = await app.Http.GetFromJsonAsync<JsonElement>("api/invoices?customerId=c-1003");

        Assert.Equal(("DEMO-1003", "Completed"), (order.GetProperty("externalId").GetString(), order.GetProperty("status").GetString()));
        Assert.Contains(invoices.GetProperty("items").EnumerateArray(), i => i.GetProperty("number").GetString() == order.GetProperty("invoiceNumber").GetString());
    }
}

[Collection(SharedApps.OrderChannels)]
public class ProductAppTests(ProductApp app)
{
    [Fact]
    public async Task Health_StorageAndTaskHubUp_Answers200Healthy()
    {
        var response = await app.Http.GetAsync("api/health");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(["durableTaskHub:Healthy", "storage:Healthy"],
            body.GetProperty("dependencies").EnumerateArray().Select(d => $"{d.GetProperty("name").GetString()}:{d.GetProperty("status").GetString()}").Order());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("versions").GetProperty("orderFlow").GetString()));
    }

    [Fact]
    public async Task Parity_EveryFunctionInFunctionsMetadata_IsServed()
    {
        // functions.metadata is what the Worker SDK generated for Azure; DevHost must serve exactly that set.
        using var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "functions.metadata")));
        var catalog = app.Server.Services.GetRequiredService<FunctionCatalog>();

        var published = metadata.RootElement.EnumerateArray().Select(f => f.GetProperty("name").GetString()!).Order().ToList();

        Assert.NotEmpty(published);
        Assert.Equal(published, catalog.Functions.Select(f => f.Name).Order());
    }

    [Fact]
    public async Task OpenApi_ListsEveryHttpFunctionRouteUnderApi()
    {
        var catalog = app.Server.Services.GetRequiredService<FunctionCatalog>();
        var document = await app.Http.GetFromJsonAsync<JsonElement>("api/openapi.json");

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => o.Value.GetProperty("operationId").GetString()))
            .Order();

        var apiFunctions = catalog.OfKind(TriggerKind.Http).Where(f => ((HttpTriggerAttribute)f.Trigger).Route?.StartsWith("api/", StringComparison.Ordinal) == true);

        Assert.Equal(apiFunctions.Select(f => f.Name).Order(), operations);
    }
}
