namespace OrderFlow.Tests.Orders.Channels;

/// <summary>A clock that always reads the same instant, so tolerance edges can be tested to the second.</summary>
sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
