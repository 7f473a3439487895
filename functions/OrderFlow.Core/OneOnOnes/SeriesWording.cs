using System.Globalization;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>How emails and pages say when a series meets ("every other week on Tuesday at 10:00 (Europe/Berlin)").</summary>
public static class SeriesWording
{
    static readonly string[] Ordinals = ["first", "second", "third", "fourth", "last"];

    public static string Title(OneOnOneSeries series) => $"One-to-one: {series.Manager.Name} / {series.Employee.Name}";

    public static string Rhythm(OneOnOneSeries series)
    {
        var day = series.FirstStart.DayOfWeek;
        var when = series.Cadence switch
        {
            Cadence.Weekly => $"every week on {day}",
            Cadence.Biweekly => $"every other week on {day}",
            _ => $"on the {Ordinals[(series.FirstStart.Day - 1) / 7]} {day} of every month",
        };
        return $"{when} at {Time(series.FirstStart)} ({series.TimeZone}), {series.DurationMinutes} minutes";
    }

    public static string Date(DateTime local) => local.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Time(DateTime local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string When(Meeting meeting, OneOnOneSeries series) => $"{Date(meeting.LocalStart)} at {Time(meeting.LocalStart)} ({series.TimeZone})";
}
