using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Orders;

namespace OrderFlow.IntegrationTests.Telemetry;

[Collection(SharedApps.OrderChannels)]
public class OrderLogScopeTests(ProductApp app)
{
    [Fact]
    public async Task OrderPath_IntakeAndEveryStep_LogInAScopeWithTheOrderAndItsInstanceId()
    {
        var capture = new ScopeCapture();
        app.Server.Services.GetRequiredService<ILoggerFactory>().AddProvider(capture);
        await OrderApi.SeedProductAsync(app.Http, "LOG-1");
        await OrderApi.SeedCustomerAsync(app.Http, "c-log");

        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order("LOG-1001", "c-log", "LOG-1"));
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Rejected", "Failed");

        var scopes = capture.Scopes.Where(s => Equals(s.GetValueOrDefault(OrderLogScope.OrderIdKey), orderId)).ToList();
        var instance = await app.Server.Services.GetRequiredService<DurableTaskClient>().GetInstanceAsync(orderId);
        Assert.NotNull(instance);
        Assert.All(scopes, s => Assert.Equal(instance.InstanceId, s[OrderLogScope.InstanceIdKey]));
        // An order nothing holds reserves its stock in the validation step, so no reservation step of its own runs.
        Assert.Superset(
            new HashSet<string> { "Intake", OrderTasks.Validate, OrderTasks.Fulfil, OrderTasks.Ship, OrderTasks.Deliver },
            scopes.Select(s => (string)s[OrderLogScope.StepKey]).ToHashSet());
    }
}
