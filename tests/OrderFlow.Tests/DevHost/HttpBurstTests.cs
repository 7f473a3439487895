using OrderFlow.DevHost.Http;

namespace OrderFlow.Tests.DevHost;

public class HttpBurstTests
{
    // Each wait is bounded here: xUnit's per-test Timeout fails tests that merely waited for a thread when tests run in parallel.
    static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    /// <summary>A clock the test sets; the waits' short timers still run in real time.</summary>
    sealed class SetClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    static readonly TimeSpan HalfSecond = TimeSpan.FromMilliseconds(500);
    readonly SetClock clock = new();

    HttpBurst Burst(int busyAbove = 20, int maxHoldSeconds = 30, int turnEverySeconds = 0) =>
        new(new BurstOptions { BusyAbove = busyAbove, MaxHold = TimeSpan.FromSeconds(maxHoldSeconds), TurnEvery = TimeSpan.FromSeconds(turnEverySeconds) }, clock);

    [Fact]
    public void RequestsInTheLastSecond_AreCounted_AndOlderOnesAreNot()
    {
        var burst = Burst();
        for (var i = 0; i < 10; i++)
        {
            burst.Saw("POST");
            clock.Now += TimeSpan.FromMilliseconds(150);
        }

        // Arrivals at 0, 150, ..., 1350 ms; the clock stands at 1500 ms, so those after 500 ms are recent.
        Assert.Equal(6, burst.RequestsInLastSecond());
        clock.Now += TimeSpan.FromSeconds(2);
        Assert.Equal(0, burst.RequestsInLastSecond());
    }

    [Fact]
    public void Busy_OnlyAboveTheThreshold_AndNeverWhenTurnedOff()
    {
        var burst = Burst(busyAbove: 5);
        var off = Burst(busyAbove: 0);
        for (var i = 0; i < 5; i++)
        {
            burst.Saw("POST");
            off.Saw("POST");
        }
        Assert.False(burst.IsBusy);

        burst.Saw("POST");
        off.Saw("POST");

        Assert.True(burst.IsBusy);
        Assert.False(off.IsBusy);
    }

    [Fact]
    public void Reads_AreNotCounted()
    {
        var burst = Burst();
        foreach (var method in new[] { "GET", "HEAD", "OPTIONS", "POST", "PUT" })
        {
            burst.Saw(method);
        }

        Assert.Equal(2, burst.RequestsInLastSecond());
    }

    [Fact]
    public async Task Wait_WhenQuiet_ReturnsAtOnce()
    {
        var burst = Burst();
        burst.Saw("POST");

        var waiting = burst.WaitWhileBusyAsync(CancellationToken.None);

        Assert.True(waiting.IsCompletedSuccessfully);
        Assert.False(await waiting.WaitAsync(Bound));
    }

    [Fact]
    public async Task Wait_DuringABurst_HoldsUntilItPasses()
    {
        var burst = Burst(busyAbove: 5);
        for (var i = 0; i < 50; i++)
        {
            burst.Saw("POST");
        }

        var waiting = burst.WaitWhileBusyAsync(CancellationToken.None);
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);
        clock.Now += TimeSpan.FromSeconds(1.5);

        Assert.False(await waiting.WaitAsync(Bound));
    }

    [Fact]
    public async Task Wait_DuringAnEndlessBurst_GivesUpAfterTheLongestHold_StillBusy()
    {
        var burst = Burst(busyAbove: 5, maxHoldSeconds: 10);
        for (var i = 0; i < 50; i++)
        {
            burst.Saw("POST");
        }
        var waiting = burst.WaitWhileBusyAsync(CancellationToken.None);
        // Requests keep coming while the clock passes the longest hold, never a second apart.
        for (var second = 1; second <= 10; second++)
        {
            AdvanceStillBusy(burst, TimeSpan.FromSeconds(1));
        }

        Assert.True(await waiting.WaitAsync(Bound));
    }

    [Fact]
    public async Task Wait_PollersHeldTogether_TakeTheirItemsInTurns()
    {
        var burst = Burst(busyAbove: 5, maxHoldSeconds: 10, turnEverySeconds: 2);
        KeepBusy(burst);
        var first = burst.WaitWhileBusyAsync(CancellationToken.None);
        var second = burst.WaitWhileBusyAsync(CancellationToken.None);
        for (var tick = 1; tick <= 10; tick++)
        {
            AdvanceStillBusy(burst, TimeSpan.FromSeconds(1));
        }

        var taken = await Task.WhenAny(first, second).WaitAsync(Bound);
        await Task.Delay(500);
        var other = taken == first ? second : first;
        Assert.True(await taken.WaitAsync(Bound));
        Assert.False(other.IsCompleted);

        AdvanceStillBusy(burst, TimeSpan.FromSeconds(2));
        Assert.True(await other.WaitAsync(Bound));
    }

    static void KeepBusy(HttpBurst burst)
    {
        for (var i = 0; i < 50; i++)
        {
            burst.Saw("POST");
        }
    }

    /// <summary>
    /// Moves the clock on half a second at a time with requests at each step, so the waits (which look in real time)
    /// never see a second without requests.
    /// </summary>
    void AdvanceStillBusy(HttpBurst burst, TimeSpan by)
    {
        for (var moved = TimeSpan.Zero; moved < by; moved += HalfSecond)
        {
            clock.Now += HalfSecond;
            KeepBusy(burst);
        }
    }
}
