using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace OrderFlow.Functions.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string AuthenticationSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>
    /// OpenTelemetry for the worker (host.json telemetryMode: OpenTelemetry), log scopes included so that every line
    /// of an order carries its order and instance IDs. Spans lose link tokens and keys from their URLs before any
    /// exporter sees them. Exports to Application Insights only where it is configured.
    /// </summary>
    public static IServiceCollection AddOrderFlowTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithTracing(tracing => tracing.AddProcessor(new UrlRedactingProcessor()))
            .WithLogging(_ => { }, logging =>
            {
                logging.IncludeScopes = true;
                logging.IncludeFormattedMessage = true;
            });
        if (configuration[ConnectionStringSetting] is { Length: > 0 } connectionString)
        {
            telemetry.UseAzureMonitorExporter(exporter =>
            {
                exporter.ConnectionString = connectionString;
                exporter.Credential = EntraCredential(configuration[AuthenticationSetting]);
            });
        }
        return services;
    }

    /// <summary>
    /// "ClientId=...;Authorization=AAD", as the Functions host reads it: Application Insights takes no keys, so the
    /// exporter signs in with the app's user-assigned identity. Null (key in the connection string) otherwise.
    /// </summary>
    static ManagedIdentityCredential? EntraCredential(string? authentication)
    {
        var parts = (authentication ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);
        if (!string.Equals(parts.GetValueOrDefault("Authorization"), "AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return new ManagedIdentityCredential(parts.GetValueOrDefault("ClientId") is { Length: > 0 } clientId
            ? ManagedIdentityId.FromUserAssignedClientId(clientId)
            : ManagedIdentityId.SystemAssigned);
    }
}
