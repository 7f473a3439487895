using System.Globalization;
using Azure.Data.Tables;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.TestFunctions;

namespace OrderFlow.IntegrationTests.DevHost;

/// <summary>A timer on a one-second schedule.</summary>
public sealed class EverySecondTimerApp : TestApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [new("TestTimerSchedule", "*/1 * * * * *")];
}

/// <summary>A yearly timer whose stored schedule says an occurrence was missed while the app was down.</summary>
public sealed class MissedOccurrenceTimerApp : TestApp
{
    protected override async Task BeforeStartAsync(SharedServices services)
    {
        var table = new TableServiceClient(services.StorageConnection).GetTableClient("DevHostTimerStatus");
        await table.CreateIfNotExistsAsync();
        var missed = DateTimeOffset.UtcNow.AddMinutes(-10);
        await table.UpsertEntityAsync(new TableEntity(Names.HostId, "ProbeTimer") { ["Last"] = missed.AddYears(-1), ["Next"] = missed });
    }
}

public class TimerTriggerTests(EverySecondTimerApp app) : IClassFixture<EverySecondTimerApp>
{
    [Fact]
    public async Task Schedule_EverySecond_FiresOncePerOccurrence()
    {
        var rows = await Eventually.WaitForAsync(() => app.Effects.ReadAsync("timer"), r => r.Count >= 3, TimeSpan.FromSeconds(30), "three timer runs");

        // Each run notes the occurrence after its own, so a repeated occurrence shows as a repeated note.
        var following = rows.Select(r => r.GetString("Note")).ToList();
        Assert.Equal(following.Count, following.Distinct().Count());
    }
}

public class MissedTimerTests(MissedOccurrenceTimerApp app) : IClassFixture<MissedOccurrenceTimerApp>
{
    [Fact]
    public async Task Start_AfterMissedOccurrence_RunsOnceWithIsPastDue()
    {
        var rows = await Eventually.WaitForAsync(() => app.Effects.ReadAsync("timer"), r => r.Count >= 1, TimeSpan.FromSeconds(30), "the catch-up run");

        Assert.Equal("past-due", Assert.Single(rows).GetString("Detail"));
    }
}

/// <summary>A timer on a one-second schedule that a burst of more than 2 requests a second holds back for up to a minute.</summary>
public sealed class BurstHeldTimerApp : TestApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
        [new("TestTimerSchedule", "*/1 * * * * *"), new("DevHost:Burst:BusyAbove", "2"), new("DevHost:Burst:MaxHold", "00:01:00")];
}

public class BurstHeldTimerTests(BurstHeldTimerApp app) : IClassFixture<BurstHeldTimerApp>
{
    [Fact]
    public async Task BurstOfRequests_HoldsTimerRunsUntilItPasses_WithoutCallingThemPastDue()
    {
        await Eventually.WaitForAsync(() => app.Effects.ReadAsync("timer"), r => r.Count >= 1, TimeSpan.FromSeconds(30), "a first timer run");

        // About twenty requests a second for four seconds, after one that warms the path up: "busy" starts with the
        // third and ends a second after the last.
        (await app.Http.PostAsync("api/probe/echo", new StringContent("warm-up"))).EnsureSuccessStatusCode();
        var burstStarted = DateTimeOffset.UtcNow;
        for (var sent = 0; sent < 80; sent++)
        {
            (await app.Http.PostAsync("api/probe/echo", new StringContent("burst"))).EnsureSuccessStatusCode();
            await Task.Delay(50);
        }
        var burstEnded = DateTimeOffset.UtcNow;
        var rows = await Eventually.WaitForAsync(
            () => app.Effects.ReadAsync("timer"), r => r.Any(row => RanAt(row) > burstEnded), TimeSpan.FromSeconds(30), "a timer run after the burst");

        // Unheld, the one-second timer would run four or five times in the burst; a request that stalls for most of a
        // second can let one through.
        Assert.True(rows.Count(row => RanAt(row) > burstStarted.AddSeconds(0.5) && RanAt(row) < burstEnded) <= 1);
        Assert.All(rows.Where(row => RanAt(row) > burstStarted), row => Assert.Equal("on-time", row.GetString("Detail")));
    }

    static DateTimeOffset RanAt(TableEntity row) => DateTimeOffset.Parse(EffectLog.KeyOf(row), CultureInfo.InvariantCulture);
}
