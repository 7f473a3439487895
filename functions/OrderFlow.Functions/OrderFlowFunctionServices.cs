using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core;
using OrderFlow.Functions.OpenApi;
using OrderFlow.Functions.Orders;

namespace OrderFlow.Functions;

/// <summary>
/// The app's service registrations. Program.cs calls this under the Functions host; any other host of
/// these functions (such as a local runtime) finds it by its name and signature and calls it the same way.
/// </summary>
public static class OrderFlowFunctionServices
{
    public static void ConfigureFunctionServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOrderFlowCore(configuration);
        services.AddSingleton<ChannelMessageHandler>();
        services.AddSingleton(_ => OpenApiDocumentBuilder.Build(typeof(OrderFlowFunctionServices).Assembly, HostJsonRoutePrefix.Read()));
    }
}
