using Azure.Data.Tables;
using OrderFlow.IntegrationTests.Fixtures;

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
    [Fact(Timeout = 60_000)]
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
    [Fact(Timeout = 60_000)]
    public async Task Start_AfterMissedOccurrence_RunsOnceWithIsPastDue()
    {
        var rows = await Eventually.WaitForAsync(() => app.Effects.ReadAsync("timer"), r => r.Count >= 1, TimeSpan.FromSeconds(30), "the catch-up run");

        Assert.Equal("past-due", Assert.Single(rows).GetString("Detail"));
    }
}
