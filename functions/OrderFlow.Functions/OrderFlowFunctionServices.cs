using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrderFlow.Core;
using OrderFlow.Functions.Access;
using OrderFlow.Functions.Http;
using OrderFlow.Functions.OpenApi;
using OrderFlow.Functions.Orders;

namespace OrderFlow.Functions;

/// <summary>
/// The app's service registrations. Program.cs calls this under the Functions host; any other host of
/// these functions (such as a local runtime) finds it by its name and signature and calls it the same way.
/// </summary>
public static class OrderFlowFunctionServices
{
    const string RequestLogCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static void ConfigureFunctionServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOrderFlowCore(configuration);
        // ASP.NET Core's "Request starting/finished" lines (Information) carry the whole URL: an emailed link's token,
        // a key given as code=. Whichever host serves these functions, those lines are kept out of every log.
        services.AddLogging(logging => logging.AddFilter(RequestLogCategory, LogLevel.Warning));
        services.AddSingleton<ChannelMessageHandler>();
        services.AddSingleton<OrderActions>();
        services.AddSingleton<AccessCheck>();
        services.AddSingleton<AccessMiddleware>();
        services.AddSingleton<StorageUnavailableMiddleware>();
        services.AddSingleton(_ => OpenApiDocumentBuilder.Build(typeof(OrderFlowFunctionServices).Assembly, HostJsonRoutePrefix.Read(), AccessTable.TakesKey));
    }
}
