using System.Diagnostics;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;
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

    [Fact]
    public void AddOrderFlowTelemetry_RequestSpansOfLinksAndKeyedCalls_ExportedWithoutTokenOrKey()
    {
        const string token = "eyJQIjoic3VydmV5In0.c2lnbmF0dXJl";
        const string key = "host-key-in-the-query";
        var exported = new List<Activity>();
        using var source = new ActivitySource("OrderFlow.Tests.Requests");
        var services = Services([]);
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(source.Name).AddInMemoryExporter(exported));
        using var provider = services.BuildServiceProvider();
        _ = provider.GetRequiredService<TracerProvider>();

        foreach (var path in new[] { $"/api/s/{token}", $"/api/m/{token}", $"/api/a/{token}" })
        {
            using var span = source.StartActivity($"POST {path}", ActivityKind.Server)!;
            span.SetTag("url.path", path);
            span.SetTag("url.query", $"code={key}");
            span.SetTag("url.full", $"https://orderflow.example{path}?x=1&code={key}");
            span.SetTag("http.target", $"{path}?code={key}");
        }

        Assert.Equal(3, exported.Count);
        var recorded = exported.SelectMany(span => span.Tags.Select(tag => tag.Value).Append(span.DisplayName)).ToList();
        Assert.DoesNotContain(recorded, value => value!.Contains(token, StringComparison.Ordinal) || value.Contains(key, StringComparison.Ordinal));
        Assert.Equal(["/api/s/REDACTED", "/api/m/REDACTED", "/api/a/REDACTED"], exported.Select(span => span.GetTagItem("url.path")));
        Assert.All(exported, span => Assert.Equal("https://orderflow.example" + span.GetTagItem("url.path") + "?x=1&code=REDACTED", span.GetTagItem("url.full")));
    }
}
