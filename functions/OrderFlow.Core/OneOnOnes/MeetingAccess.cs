using System.Globalization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>What one emailed link opens: one participant's view of one meeting (by its local date) of one series.</summary>
public sealed record MeetingAccess(string SeriesId, DateOnly Date, ParticipantRole Role)
{
    public string DateKey => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string RoleKey => Role.ToString().ToLowerInvariant();

    public IReadOnlyList<string> ToIds() => [SeriesId, DateKey, RoleKey];

    public static MeetingAccess? FromIds(IReadOnlyList<string> ids) =>
        ids is [var series, var date, var role]
        && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
        && EnumName.TryParse<ParticipantRole>(role, out var parsed)
            ? new MeetingAccess(series, day, parsed)
            : null;
}
