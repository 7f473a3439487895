using System.Globalization;
using OrderFlow.Core.Common;
using OrderFlow.Core.OneOnOnes;

namespace OrderFlow.Functions.OneOnOnes;

/// <summary>GET /one-on-ones/{id}: the series and its next meetings. Agenda and notes belong to the participants' pages.</summary>
public sealed record SeriesView(
    string Id,
    string ManagerId,
    string EmployeeId,
    string Cadence,
    int DurationMinutes,
    string FirstStart,
    string TimeZone,
    string Status,
    int Sequence,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<UpcomingMeeting> Upcoming,
    Actor? CreatedBy,
    Actor? UpdatedBy)
{
    const int UpcomingCount = 5;

    public static SeriesView From(OneOnOneSeries series, DateTimeOffset now) => new(
        series.Id,
        series.Manager.Id,
        series.Employee.Id,
        series.Cadence.ToWire(),
        series.DurationMinutes,
        Local(series.FirstStart),
        series.TimeZone,
        series.Cancelled ? "cancelled" : "active",
        series.Sequence,
        [.. series.Skipped.Keys.Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))],
        series.Cancelled
            ? []
            : [.. MeetingSchedule.From(series, now).Where(m => !series.IsSkipped(m.Date)).Take(UpcomingCount)
                .Select(m => new UpcomingMeeting(m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Local(m.LocalStart), m.Start))],
        series.CreatedBy,
        series.UpdatedBy);

    static string Local(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>A meeting to come: its local date (what /skip takes), local start, and the same instant in UTC.</summary>
public sealed record UpcomingMeeting(string Date, string Start, DateTimeOffset StartUtc);
