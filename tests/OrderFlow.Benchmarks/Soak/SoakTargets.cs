namespace OrderFlow.Benchmarks.Soak;

sealed record SoakCheck(string Target, bool Met, string Figures);

/// <summary>
/// The targets, each judged from the two windows and the end of the run: steady intake, flat memory, queues
/// that do not grow, every order final. Two more make the run count: nothing poisoned, no request answered wrongly.
/// </summary>
static class SoakTargets
{
    const double IntakeP99Growth = 1.2;
    const double WorkingSetGrowth = 1.1;
    // A backlog read once a minute shows whatever the moment holds: below one peek's worth of ready messages it says
    // nothing about growth.
    const long ReadyFloor = QueueDepth.PeekLimit;

    public static IReadOnlyList<SoakCheck> Check(SoakWindow first, SoakWindow last, SoakLog log, ResourceSample afterDrain, int openInstances)
    {
        var open = log.SentCount - log.EndedCount;
        var poisonedAtAnyMinute = Enumerable.Range(1, last.To).Max(m => log.Minute(m).Resources?.Poisoned ?? 0);
        return
        [
            new("last window's intake p99 at most 1.2× the first's",
                first.IntakeMs is { } f && last.IntakeMs is { } l && l.P99 <= IntakeP99Growth * f.P99,
                $"{last.IntakeMs?.P99:0.0} ms against {first.IntakeMs?.P99:0.0} ms (Azurite alone, the storage probe: {last.ProbeMs?.P99:0.0} ms against {first.ProbeMs?.P99:0.0} ms)"),
            new("working set grows at most 10 % after the warm-up",
                last.WorkingSetMb <= WorkingSetGrowth * first.WorkingSetMb,
                $"{last.WorkingSetMb:0} MB against {first.WorkingSetMb:0} MB ({(last.WorkingSetMb / first.WorkingSetMb - 1) * 100:+0;-0} %)"),
            new($"queue backlogs bounded (the last window's most ready messages at most twice the first's, or under {ReadyFloor}; none past a peek)",
                Bounded(first.AppDeepest, last.AppDeepest) && Bounded(first.HubDeepest, last.HubDeepest),
                $"ready app {last.AppDeepest.Ready} against {first.AppDeepest.Ready}, task hub {last.HubDeepest.Ready} against {first.HubDeepest.Ready}"),
            new("every order final at the end, its orchestration no longer Running",
                open == 0 && openInstances == 0,
                $"{log.EndedCount} of {log.SentCount} final, {openInstances} order orchestrations Running or Pending"),
            new("no message poisoned",
                poisonedAtAnyMinute == 0 && afterDrain.Poisoned == 0,
                $"{Math.Max(poisonedAtAnyMinute, afterDrain.Poisoned)} at most"),
            new("every request answered as the mix expects",
                log.Failures == 0,
                $"{log.Failures} failed"),
        ];
    }

    static bool Bounded(QueueDepth first, QueueDepth last) => !last.ReadyUncounted && (last.Ready < ReadyFloor || last.Ready <= 2 * first.Ready);
}
