using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core;
using OrderFlow.DevHost.Configuration;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// OrderFlow's Core services on the shared Azurite with tables of their own, every Table request counted by method
/// and table ("GET Orders", "POST $batch"), so a test can assert how many storage operations a step costs.
/// </summary>
public sealed class CountedStorage : IAsyncLifetime
{
    readonly TableCalls calls = new();
    ServiceProvider? services;

    public T Get<T>() where T : notnull => services!.GetRequiredService<T>();

    /// <summary>The calls counted while <paramref name="action"/> ran, as "METHOD table" lines.</summary>
    public async Task<IReadOnlyList<string>> CountAsync(Func<Task> action)
    {
        calls.Clear();
        await action();
        return calls.Snapshot();
    }

    public async Task InitializeAsync()
    {
        var shared = await SharedServices.GetAsync();
        var prefix = "C" + TestNames.New().Suffix;
        calls.Prefix = prefix;
        // The demo seller, as invoices are issued here too.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = shared.StorageConnection,
            ["OrderFlow:Storage:Prefix"] = prefix,
        }).AddInMemoryCollection(LocalRunContract.DemoSeller!).Build();
        var options = new TableClientOptions();
        options.AddPolicy(calls, HttpPipelinePosition.PerCall);
        services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddOrderFlowCore(configuration)
            .AddSingleton(new TableServiceClient(shared.StorageConnection, options))
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }
    }

    sealed class TableCalls : HttpPipelineSynchronousPolicy
    {
        readonly ConcurrentQueue<string> seen = new();

        public string Prefix { get; set; } = "";

        public void Clear() => seen.Clear();

        public IReadOnlyList<string> Snapshot() => [.. seen];

        public override void OnSendingRequest(HttpMessage message)
        {
            // "/devstoreaccount1/KabcOrders(PartitionKey='…')": the table, less the test's prefix and the key.
            var path = message.Request.Uri.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Last();
            seen.Enqueue($"{message.Request.Method} {path.Split('(')[0].Replace(Prefix, "", StringComparison.Ordinal)}");
        }
    }
}
