using Microsoft.Extensions.Configuration;
using OrderFlow.DevHost.Configuration;

namespace OrderFlow.Tests.DevHost;

public class HostSettingsTests
{
    static readonly string RepositoryHostJson = Path.Combine(AppContext.BaseDirectory, "host.json");

    [Fact]
    public void From_RepositoryHostJson_ReadsEmptyRoutePrefixQueuesAndHub()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(HostJson.Load(RepositoryHostJson)).Build();

        var settings = HostSettings.From(configuration);

        Assert.Equal("", settings.RoutePrefix);
        Assert.Equal("OrderFlow", settings.TaskHubName);
        Assert.Equal(5, settings.Queues.MaxDequeueCount);
        Assert.Equal(16, settings.Queues.BatchSize);
        Assert.Equal(TimeSpan.FromSeconds(2), settings.Queues.MaxPollingInterval);
        Assert.True(settings.Queues.Base64);
    }

    [Fact]
    public void From_AppSettingOverride_WinsOverHostJson()
    {
        Assert.Equal("Other", HostSettings.From(RepositoryHostJsonWith("AzureFunctionsJobHost:extensions:durableTask:hubName", "Other")).TaskHubName);
    }

    [Fact]
    public void From_NoHostJson_UsesFunctionsHostDefaults()
    {
        var settings = HostSettings.From(new ConfigurationBuilder().AddInMemoryCollection(HostJson.Load("missing/host.json")).Build());

        Assert.Equal("api", settings.RoutePrefix);
        Assert.Equal(5, settings.Queues.MaxDequeueCount);
        Assert.Equal(TimeSpan.FromMinutes(1), settings.Queues.MaxPollingInterval);
        Assert.False(settings.UseGracefulShutdown);
    }

    [Fact]
    public void From_UseGracefulShutdownSet_Read()
    {
        Assert.True(HostSettings.From(RepositoryHostJsonWith("AzureFunctionsJobHost:extensions:durableTask:useGracefulShutdown", "true")).UseGracefulShutdown);
    }

    [Fact]
    public void Resolve_PercentSetting_ReplacedFromConfiguration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:Schedule"] = "0 0 * * * *" }).Build();

        Assert.Equal("0 0 * * * *", SettingExpression.Resolve("%Jobs__Schedule%", configuration));
        Assert.Equal("plain-queue", SettingExpression.Resolve("plain-queue", configuration));
        Assert.Contains("'Missing'", Assert.Throws<InvalidOperationException>(() => SettingExpression.Resolve("%Missing%", configuration)).Message, StringComparison.Ordinal);
    }

    /// <summary>The repository's host.json with one app setting over it, as the Functions host layers them.</summary>
    static IConfiguration RepositoryHostJsonWith(string key, string value) => new ConfigurationBuilder()
        .AddInMemoryCollection(HostJson.Load(RepositoryHostJson))
        .AddInMemoryCollection(new Dictionary<string, string?> { [key] = value })
        .Build();
}
