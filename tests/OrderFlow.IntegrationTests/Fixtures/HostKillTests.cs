namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// Tests that kill a DevHost process with work in flight (and one that pauses its Azurite first), each on a DevHost,
/// and some on an Azurite, of its own: one after the other, beside the rest of the suite, and started early
/// (<see cref="LongestCollectionsFirst"/>), so that no minute-long test is left to run alone at the end.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostKillTests
{
    public const string Name = "host kills";
}
