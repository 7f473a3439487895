using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrderFlow.Functions.Telemetry;

namespace OrderFlow.Tests.Functions;

public class TelemetryTests
{
    static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddOrderFlowTelemetry(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services;
    }

    static bool FromAzureMonitor(ServiceDescriptor descriptor) =>
        descriptor.ServiceType.GetGenericArguments().Append(descriptor.ServiceType).Any(t => t.Assembly == typeof(AzureMonitorExporterOptions).Assembly);

    [Fact]
    public void AddOrderFlowTelemetry_ApplicationInsightsWithEntraAuth_ExportsWithTheAppIdentity()
    {
        var services = Services(new()
        {
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://example.in.applicationinsights.azure.com/",
            ["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"] = "ClientId=00000000-0000-0000-0000-000000000001;Authorization=AAD",
        });
        using var provider = services.BuildServiceProvider();

        var exporter = provider.GetRequiredService<IOptionsMonitor<AzureMonitorExporterOptions>>().Get(Options.DefaultName);

        Assert.Contains(services, FromAzureMonitor);
        Assert.StartsWith("InstrumentationKey=00000000-0000-0000-0000-000000000000;", exporter.ConnectionString, StringComparison.Ordinal);
        Assert.IsType<ManagedIdentityCredential>(exporter.Credential);
    }

    [Fact]
    public void AddOrderFlowTelemetry_NoApplicationInsights_RegistersNoExporter()
    {
        var services = Services([]);

        Assert.DoesNotContain(services, FromAzureMonitor);
    }
}
