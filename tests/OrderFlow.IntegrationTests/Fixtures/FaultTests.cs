namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// Tests that pause or crash their storage and host. Each runs on an Azurite and a DevHost of its own, and alone:
/// pausing storage must stall nothing else, and nothing else may slow the fault's timing.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultTests
{
    public const string Name = "fault tests";
}
