using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OrderFlow.IntegrationTests.TestFunctions;

/// <summary>Service registrations of the test functions assembly, found by DevHost by name as in the product.</summary>
public static class TestFunctionServices
{
    public static void ConfigureFunctionServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new EffectLog(
            new TableServiceClient(configuration["AzureWebJobsStorage"]).GetTableClient(configuration["TestEffectsTable"])));
        services.AddSingleton(new StepDelay(TimeSpan.FromMilliseconds(configuration.GetValue("TestStepDelayMs", 0))));
    }
}

/// <summary>How long each workflow step takes, so a crash can catch steps in flight.</summary>
public sealed record StepDelay(TimeSpan Value);
