using System.Net.Http.Json;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.TestFunctions;

namespace OrderFlow.IntegrationTests.DevHost;

[Collection(HostKillTests.Name)]
public class CrashRecoveryTests
{
    const int Orchestrations = 20;

    [Fact]
    public async Task KillDuringOrchestrations_Restart_AllCompleteWithEachEffectOnce()
    {
        var shared = await SharedServices.GetAsync();
        var names = TestNames.New();
        await using var queues = new StoppedAppQueues(shared.StorageConnection, names);
        var settings = TestApp.Settings(shared, names);
        settings.Remove("urls");
        settings["TestStepDelayMs"] = "400";
        var effects = new EffectLog(new Azure.Data.Tables.TableServiceClient(shared.StorageConnection).GetTableClient(names.EffectsTable));
        var ids = Enumerable.Range(1, Orchestrations).Select(i => $"crash-{i:00}").ToList();

        using (var first = await DevHostProcess.StartAsync(settings))
        {
            using var http = first.CreateClient();
            foreach (var id in ids)
            {
                (await http.PostAsJsonAsync($"api/probe/workflows/{WorkflowFunctions.FiveSteps}/{id}", (object?)null)).EnsureSuccessStatusCode();
            }
            // Crash mid-flight: some steps done, most not.
            await Eventually.WaitForAsync(async () => (await effects.ReadAsync()).Count, n => n >= 10, TimeSpan.FromSeconds(60), "some steps to run");
            first.Kill();
        }
        var doneAtCrash = (await effects.ReadAsync()).ToLookup(r => r.PartitionKey, r => StepOf(EffectLog.KeyOf(r)));

        using var second = await DevHostProcess.StartAsync(settings);
        using var client = second.CreateClient();
        foreach (var id in ids)
        {
            var state = await Eventually.WaitForAsync(
                async () => (await client.GetFromJsonAsync<WorkflowState>($"api/probe/workflows/{id}"))!,
                s => s.Status is "Completed" or "Failed",
                TimeSpan.FromSeconds(150),
                $"{id} to complete after the restart");
            Assert.Equal("Completed", state.Status);
            Assert.Equal(5, state.OutputAs<List<string>>()!.Count);
        }

        var rows = await effects.ReadAsync();
        var firstRuns = rows.Where(r => !EffectLog.IsRepeat(r)).ToList();
        var repeats = rows.Where(EffectLog.IsRepeat).ToList();
        Assert.True(doneAtCrash.Sum(g => g.Count()) < Orchestrations * 5, "the crash came after all steps had run");
        Assert.Equal(Orchestrations * 5, firstRuns.Count);
        Assert.All(firstRuns.GroupBy(r => r.PartitionKey), g => Assert.Equal(["step-1", "step-2", "step-3", "step-4", "step-5"], g.Select(r => r.RowKey).Order()));
        // An activity runs at least once: the one step per chain in flight at the crash (the last one recorded then,
        // its completion not yet stored, or the next, its record on its way) may run again after it; no other step may.
        Assert.All(repeats, r =>
        {
            var last = doneAtCrash[r.PartitionKey].DefaultIfEmpty(0).Max();
            Assert.InRange(StepOf(EffectLog.KeyOf(r)), Math.Max(last, 1), last + 1);
        });
        Assert.All(repeats.GroupBy(r => r.PartitionKey), g => Assert.Single(g));
    }

    static int StepOf(string key) => int.Parse(key["step-".Length..], System.Globalization.CultureInfo.InvariantCulture);
}
