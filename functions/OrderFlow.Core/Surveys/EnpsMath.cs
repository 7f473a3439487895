namespace OrderFlow.Core.Surveys;

/// <summary>eNPS answers of one group: promoters 9–10, passives 7–8, detractors 0–6.</summary>
public readonly record struct EnpsCounts(int Promoters, int Passives, int Detractors)
{
    public int Respondents => Promoters + Passives + Detractors;

    public EnpsCounts Add(int answer) => answer switch
    {
        >= 9 and <= 10 => this with { Promoters = Promoters + 1 },
        >= 7 and <= 8 => this with { Passives = Passives + 1 },
        >= 0 and <= 6 => this with { Detractors = Detractors + 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "eNPS answers are 0–10."),
    };
}

/// <summary>The eNPS arithmetic (docs/architecture.md §3), from counts only.</summary>
public static class EnpsMath
{
    const double Z95 = 1.959963984540054;

    /// <summary>%promoters − %detractors as an integer, rounded half away from zero; 0 with no respondents.</summary>
    public static int Score(EnpsCounts counts) => counts.Respondents == 0
        ? 0
        : (int)Math.Round((counts.Promoters - counts.Detractors) * 100m / counts.Respondents, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Half-width of the 95% interval, in score points. Each answer counts +1 (promoter), 0 or −1 (detractor):
    /// variance p + d − (p − d)², over n, times the finite-population correction (N − n)/(N − 1) for a group of
    /// <paramref name="population"/> invited people, of whom n answered.
    /// </summary>
    public static double MarginOfError95(EnpsCounts counts, int population)
    {
        var n = counts.Respondents;
        if (n == 0 || population <= 1)
        {
            return 0;
        }
        var p = (double)counts.Promoters / n;
        var d = (double)counts.Detractors / n;
        var correction = Math.Max(0, (double)(population - n) / (population - 1));
        var variance = (p + d - ((p - d) * (p - d))) / n * correction;
        return Math.Round(100 * Z95 * Math.Sqrt(variance), 1, MidpointRounding.AwayFromZero);
    }

    public static double ResponseRate(int respondents, int invited) =>
        invited == 0 ? 0 : Math.Round((double)respondents / invited, 3, MidpointRounding.AwayFromZero);
}
