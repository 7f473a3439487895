using Microsoft.Azure.Functions.Worker;

namespace OrderFlow.IntegrationTests.TestFunctions;

public sealed class TimerProbeFunction(EffectLog effects, TimeProvider time)
{
    [Function("ProbeTimer")]
    public Task RunAsync([TimerTrigger("%TestTimerSchedule%")] TimerInfo timer) =>
        effects.RecordAsync(
            "timer",
            time.GetUtcNow().ToString("O"),
            timer.IsPastDue ? "past-due" : "on-time",
            note: timer.ScheduleStatus?.Next.ToString("O") ?? "run by the admin API");
}
