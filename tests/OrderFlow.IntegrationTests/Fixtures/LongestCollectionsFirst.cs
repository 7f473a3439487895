using OrderFlow.IntegrationTests.Faults;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("OrderFlow.IntegrationTests.Fixtures.LongestCollectionsFirst", "OrderFlow.IntegrationTests")]

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// Starts the collections that take minutes before the others, longest first (as measured in a run with a trx log):
/// the fault collections and the host kills, each scenarios of a minute or so one after the other. The many short
/// collections fill the other slots and the end; started last, a long one would run on alone and lengthen the whole
/// run. The shared apps are left out on purpose: started next, their start-ups (which a trx log does not time) came
/// together and the collections left to the end ran nearly alone, which made the run slower.
/// </summary>
public sealed class LongestCollectionsFirst : ITestCollectionOrderer
{
    static readonly string[] Longest = [StorageFaultTests.Name, CrashPointTests.Name, SmtpFaultTests.Name, HostKillTests.Name, TaskHubFaultTests.Name];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => Array.IndexOf(Longest, c.DisplayName) is var rank and >= 0 ? rank : Longest.Length);
}
