namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>Per-app names (task hub, tables, queues) so test classes sharing one Azurite never see each other's data.</summary>
public sealed record TestNames(string Suffix)
{
    public static TestNames New() => new(Guid.NewGuid().ToString("N")[..10]);

    public string TaskHub => "Hub" + Suffix;

    public string EffectsTable => "Effects" + Suffix;

    public string WorkQueue => "work-" + Suffix;

    public string OutboxQueue => "outbox-" + Suffix;

    public string HostId => "host-" + Suffix;
}
