using Microsoft.Extensions.DependencyInjection;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.DevHost;

/// <summary>The product app on a clock the tests move, so "the day before the meeting", "a week later" or a retry that runs late comes when a test says.</summary>
public class ClockedProductApp : ProductApp
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
