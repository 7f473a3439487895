using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using OrderFlow.DevHost.Configuration;
using OrderFlow.DevHost.Dependencies;

namespace OrderFlow.Tests.DevHost;

public class LocalRunContractTests
{
    [Theory]
    [InlineData(null, "Manual")]
    [InlineData("Auto", "Auto")]
    [InlineData("Manual", "Manual")]
    public async Task Apply_FulfilmentMode_ManualUnlessGiven(string? given, string expected)
    {
        var state = Directory.CreateTempSubdirectory("orderflow-run-contract-");
        try
        {
            // Storage and SMTP given, and a fixed port: nothing is started or bound.
            var configuration = new ConfigurationManager();
            configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:7071",
                ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
                ["OrderFlow:Email:Smtp:Host"] = "127.0.0.1",
                ["OrderFlow:Fulfilment:Mode"] = given,
            });
            await using var children = new ChildProcesses(Path.Combine(state.FullName, ChildProcesses.FileName));

            await LocalRunContract.ApplyAsync(configuration, new LocalState(state.FullName, state.FullName), children, NullLoggerFactory.Instance, CancellationToken.None);

            Assert.Equal(expected, configuration["OrderFlow:Fulfilment:Mode"]);
        }
        finally
        {
            state.Delete(recursive: true);
        }
    }
}
