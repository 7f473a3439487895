using System.Globalization;

namespace OrderFlow.Benchmarks.Soak;

/// <summary>
/// How long the soak runs, how fast orders come, and which minutes the two compared windows hold: the ten minutes
/// after a five-minute warm-up and the last ten. A run under 20 minutes shrinks both in proportion (a quarter of the
/// run for the warm-up) so the windows never overlap.
/// </summary>
sealed record SoakPlan(int Minutes, double OrdersPerSecond)
{
    public const int DefaultMinutes = 60;

    /// <summary>
    /// Half of about 2 orders/s, what Azurite keeps up with for minutes here (README, "Soak"); the throughput run's 9.38
    /// orders/s is a burst's ceiling, which a steady load passes in its third minute.
    /// </summary>
    public const double DefaultOrdersPerSecond = 1;

    const int FullRuleFrom = 20;
    const int FullWarmUp = 5;
    const int FullWindow = 10;
    const int Shortest = 4;

    /// <summary>"soak [minutes] [--rate orders/s]".</summary>
    public static SoakPlan Parse(string[] args)
    {
        var rest = args.SkipWhile(a => a != "soak").Skip(1).ToList();
        var rateAt = rest.IndexOf("--rate");
        var rate = rateAt >= 0 && rateAt + 1 < rest.Count ? double.Parse(rest[rateAt + 1], CultureInfo.InvariantCulture) : DefaultOrdersPerSecond;
        var minutes = rest.Count > 0 && int.TryParse(rest[0], CultureInfo.InvariantCulture, out var m) ? m : DefaultMinutes;
        if (minutes < Shortest || rate <= 0)
        {
            throw new ArgumentException($"soak needs at least {Shortest} minutes and a rate above 0 (got {minutes} minutes at {rate} orders/s).");
        }
        return new SoakPlan(minutes, rate);
    }

    public int WarmUpMinutes => Minutes >= FullRuleFrom ? FullWarmUp : Math.Max(1, Minutes / 4);

    public int WindowMinutes => Math.Min(FullWindow, (Minutes - WarmUpMinutes) / 2);

    /// <summary>Minutes are numbered from 1; the first window starts right after the warm-up.</summary>
    public (int From, int To) FirstWindow => (WarmUpMinutes + 1, WarmUpMinutes + WindowMinutes);

    public (int From, int To) LastWindow => (Minutes - WindowMinutes + 1, Minutes);

    public TimeSpan Duration => TimeSpan.FromMinutes(Minutes);

    public override string ToString() =>
        $"{Minutes} minutes at {OrdersPerSecond:0.##} orders/s; warm-up {WarmUpMinutes} min, minutes {FirstWindow.From}–{FirstWindow.To} against {LastWindow.From}–{LastWindow.To}";
}
