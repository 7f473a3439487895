using Microsoft.Extensions.DependencyInjection;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.OneOnOnes;

/// <summary>The product app on a clock the tests move, so "the day before the meeting" comes when a test says.</summary>
public sealed class OneOnOneApp : ProductApp
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
