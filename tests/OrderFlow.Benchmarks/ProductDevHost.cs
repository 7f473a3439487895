using OrderFlow.DevHost;
using OrderFlow.Functions;

namespace OrderFlow.Benchmarks;

/// <summary>DevHost serving the real OrderFlow app on a free loopback port, with its own task hub and state folder.</summary>
static class ProductDevHost
{
    public static Task<DevHostServer> StartAsync(string storage, string name, params KeyValuePair<string, string?>[] settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["AzureWebJobsStorage"] = storage,
            ["OrderFlow:Email:Smtp:Host"] = "127.0.0.1",
            ["OrderFlow:Email:Smtp:Port"] = "25",
            ["DevHost:StateDirectory"] = Path.Combine(Path.GetTempPath(), $"orderflow-{name.ToLowerInvariant()}-bench"),
            ["AzureFunctionsJobHost:extensions:durableTask:hubName"] = name + "Bench",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }
        return DevHostServer.StartAsync(new DevHostStartOptions(typeof(OrderFlowFunctionServices).Assembly) { Settings = all, PrintBanner = false });
    }
}
