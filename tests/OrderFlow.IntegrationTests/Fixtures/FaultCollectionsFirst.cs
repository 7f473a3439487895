using OrderFlow.IntegrationTests.Faults;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("OrderFlow.IntegrationTests.Fixtures.FaultCollectionsFirst", "OrderFlow.IntegrationTests")]

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// Starts the fault collections before the others. Each runs minutes of scenarios one after the other while the many
/// short collections fill the other slot; started last, one of them would run on alone and lengthen the whole run.
/// </summary>
public sealed class FaultCollectionsFirst : ITestCollectionOrderer
{
    static readonly string[] Slowest = [StorageFaultTests.Name, CrashPointTests.Name, SmtpFaultTests.Name];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => Array.IndexOf(Slowest, c.DisplayName) is var rank and >= 0 ? rank : Slowest.Length);
}
