namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// A clock a test can move forward: real time plus an offset. It keeps ticking, so leases, timers and waits in
/// the app behave as usual, while a test can jump to "the day before the meeting".
/// </summary>
public sealed class TestClock : TimeProvider
{
    TimeSpan offset;

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + offset;

    /// <summary>Moves to <paramref name="instant"/>; never backwards, as tests sharing the app share its clock.</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        if (instant < GetUtcNow())
        {
            throw new InvalidOperationException($"The test clock is already past {instant:O}.");
        }
        offset = instant - TimeProvider.System.GetUtcNow();
    }
}
