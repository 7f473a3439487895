namespace OrderFlow.IntegrationTests.Faults;

/// <summary>
/// How big the fault scenarios run: CI's size by default, the full size when <see cref="Variable"/> is
/// <c>full</c> (the benchmark command <c>faults</c> sets it): 100 orders in flight and outages of a minute.
/// </summary>
static class FaultSize
{
    public const string Variable = "ORDERFLOW_FAULT_SIZE";
    const int FullOrders = 100;
    static readonly TimeSpan FullOutage = TimeSpan.FromSeconds(60);

    public static bool Full { get; } = Environment.GetEnvironmentVariable(Variable) == "full";

    /// <summary>Orders a scenario posts: <paramref name="ci"/> in CI, 100 at full size.</summary>
    public static int Orders(int ci) => Full ? FullOrders : ci;

    /// <summary>How long an outage lasts: <paramref name="ci"/> in CI, a minute at full size.</summary>
    public static TimeSpan Outage(TimeSpan ci) => Full ? FullOutage : ci;
}
