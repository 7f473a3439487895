using System.Globalization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Surveys;

public enum Cadence
{
    Weekly,
    Biweekly,
    Monthly,
    Quarterly,
}

/// <summary>
/// Which cadence period an instant falls in, as a short key ("2026-W48", "B73", "2026-11", "2026-Q4"). A scheduled
/// round's ID is derived from it, so however often or late the dispatch timer runs, a period gets one round.
/// Periods follow UTC; the local send time only decides when each person's email goes out.
/// </summary>
public static class CadencePeriods
{
    // A Monday: biweekly periods are the fortnights counted from it.
    static readonly DateTime BiweeklyEpoch = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static string PeriodOf(this Cadence cadence, DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return cadence switch
        {
            Cadence.Weekly => FormattableString.Invariant($"{ISOWeek.GetYear(utc)}-W{ISOWeek.GetWeekOfYear(utc):00}"),
            Cadence.Biweekly => FormattableString.Invariant($"B{Math.Floor((utc - BiweeklyEpoch).TotalDays / 14):0}"),
            Cadence.Monthly => utc.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            Cadence.Quarterly => FormattableString.Invariant($"{utc.Year}-Q{((utc.Month - 1) / 3) + 1}"),
            _ => throw new ArgumentOutOfRangeException(nameof(cadence)),
        };
    }

    public static bool TryParse(string? text, out Cadence cadence)
    {
        cadence = default;
        return EnumName.TryParse(text, out cadence);
    }
}
