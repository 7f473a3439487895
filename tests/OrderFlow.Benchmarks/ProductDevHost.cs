using OrderFlow.DevHost;
using OrderFlow.Functions;

namespace OrderFlow.Benchmarks;

/// <summary>DevHost serving the real OrderFlow app on a free loopback port, with its own task hub and state folder.</summary>
static class ProductDevHost
{
    public static Task<DevHostServer> StartAsync(string storage, string name, params KeyValuePair<string, string?>[] settings)
    {
        var all = BaseSettings(storage, Path.Combine(Path.GetTempPath(), $"orderflow-{name.ToLowerInvariant()}-bench"));
        all["AzureFunctionsJobHost:extensions:durableTask:hubName"] = name + "Bench";
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }
        return DevHostServer.StartAsync(new DevHostStartOptions(typeof(OrderFlowFunctionServices).Assembly) { Settings = all, PrintBanner = false });
    }

    /// <summary>
    /// What every benchmark's DevHost has: a free loopback port, the given state folder, Auto fulfilment (orders run
    /// to their end with no person; DevHost's own default is Manual), and warnings and errors only in its log; errors
    /// only from the task hub, whose warnings under load would break up the printed tables.
    /// </summary>
    public static Dictionary<string, string?> BaseSettings(string storage, string stateDirectory, int smtpPort = 25) => new()
    {
        ["urls"] = "http://127.0.0.1:0",
        ["OrderFlow:Fulfilment:Mode"] = "Auto",
        ["AzureWebJobsStorage"] = storage,
        ["OrderFlow:Email:Smtp:Host"] = "127.0.0.1",
        ["OrderFlow:Email:Smtp:Port"] = $"{smtpPort}",
        ["DevHost:StateDirectory"] = stateDirectory,
        ["DevHost:Durable:LogLevel"] = "Error",
        ["Logging:LogLevel:Default"] = "Warning",
    };
}
