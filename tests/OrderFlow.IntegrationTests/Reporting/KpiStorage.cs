using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Reporting;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Reporting;

/// <summary>
/// OrderFlow's Core services on the shared Azurite with tables of their own, and the SLA of the hand-built set:
/// Fulfilment 12 h + Shipment 12 h, so an order is shipped on time within 24 h of its reservation.
/// </summary>
public sealed class KpiStorage : IAsyncLifetime
{
    ServiceProvider? services;
    Lazy<Task>? handBuilt;

    public OrderBook Orders => services!.GetRequiredService<OrderBook>();

    public OrderReports Reports => services!.GetRequiredService<OrderReports>();

    public OrderKpiRecorder Recorder => services!.GetRequiredService<OrderKpiRecorder>();

    public T Get<T>() where T : notnull => services!.GetRequiredService<T>();

    /// <summary>The hand-built orders of <see cref="HandBuiltSet"/>, written once for the class.</summary>
    public Task HandBuiltSetAsync() => handBuilt!.Value;

    public async Task InitializeAsync()
    {
        var shared = await SharedServices.GetAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = shared.StorageConnection,
            ["OrderFlow:Storage:Prefix"] = "K" + TestNames.New().Suffix,
            ["OrderFlow:Fulfilment:StageLimits:Fulfilment"] = "12:00:00",
            ["OrderFlow:Fulfilment:StageLimits:Shipment"] = "12:00:00",
        }).Build();
        services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddOrderFlowCore(configuration).BuildServiceProvider();
        handBuilt = new Lazy<Task>(() => HandBuiltSet.WriteAsync(new HandBuiltOrders(Orders)));
    }

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }
    }
}
