using System.Globalization;
using System.Text;
using OrderFlow.Core.Common;
using OrderFlow.Core.OneOnOnes;
using OrderFlow.Core.People;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.People;

/// <summary>The parts of the one-to-ones page: a manager's series with their actions, the set-up form, People's overview.</summary>
public static class OneOnOnesHtml
{
    static readonly (string Value, string Text)[] Cadences = [("weekly", "Weekly"), ("biweekly", "Every two weeks"), ("monthly", "Monthly")];

    public static string Own(IReadOnlyList<OneOnOneSeries> series, DateTimeOffset now)
    {
        var rows = series.OrderBy(s => s.Cancelled).ThenBy(s => s.Employee.Name, StringComparer.Ordinal).Select((s, i) =>
        {
            var view = OneOnOnesView.View(s, now);
            return new[]
            {
                HtmlPage.Encode(s.Employee.Name),
                HtmlPage.Encode(Schedule(s)),
                HtmlPage.Encode(view.Status),
                HtmlPage.Encode(view.Upcoming.Count == 0 ? "none" : string.Join(", ", view.Upcoming.Select(m => m.Start.Replace('T', ' ')))),
                HtmlPage.Encode(view.Skipped.Count == 0 ? "none" : string.Join(", ", view.Skipped)),
                s.Cancelled ? "" : Actions(s.Id, view.Upcoming.Select(m => m.Date), i),
            };
        });
        return "<h2>Your one-to-ones</h2>" + DataTable.Render("Series you run", ["With", "Schedule", "Status", "Next meetings (local time)", "Skipped", "Actions"], rows, "You have no one-to-one series yet.");
    }

    static string Actions(string id, IEnumerable<string> dates, int row)
    {
        var options = string.Concat(dates.Select(d => $"<option value=\"{HtmlPage.Encode(d)}\">{HtmlPage.Encode(d)}</option>"));
        return string.Create(CultureInfo.InvariantCulture,
            $"<form method=\"post\" action=\"{HtmlPage.Encode(OneOnOnesView.SkipOf(id))}\" class=\"inline\"><label for=\"skip-{row}\">Meeting to skip</label><select id=\"skip-{row}\" name=\"date\">{options}</select> <button type=\"submit\">Skip meeting</button></form>"
            + $"<form method=\"post\" action=\"{HtmlPage.Encode(OneOnOnesView.CancelOf(id))}\" class=\"inline\"><button type=\"submit\" class=\"danger\">Cancel series</button></form>");
    }

    public static string CreateForm(IReadOnlyList<Employee> reports, OneOnOneInput input, FieldErrors? errors) =>
        new StringBuilder("<h2 id=\"new\">Set up a one-to-one</h2>")
            .Append(Fields.ErrorSummary(errors))
            .Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{OneOnOnesView.Path}\">")
            .Append(Fields.Select("employeeId", "With", reports.Select(r => (r.Id, $"{r.Name} ({r.Department})")), input.EmployeeId, errors))
            .Append(Fields.Select("cadence", "How often", Cadences, input.Cadence, errors))
            .Append(Fields.Text("firstStart", "First meeting (local date and time)", input.FirstStart, errors, "datetime-local", required: true))
            .Append(Fields.Text("durationMinutes", "Length (minutes)", input.DurationMinutes?.ToString(CultureInfo.InvariantCulture), errors, "number", extra: " inputmode=\"numeric\""))
            .Append(Fields.Text("timeZone", "Time zone", input.TimeZone, errors, hint: "IANA name, e.g. Europe/Berlin.", required: true))
            .Append("<button type=\"submit\">Set up one-to-one</button></form>")
            .ToString();

    /// <summary>Every series for People: who meets whom and when, and the counts; never what they talk about.</summary>
    public static string All(IReadOnlyList<OneOnOneSeries> series, DateTimeOffset now)
    {
        var active = series.Where(s => !s.Cancelled).ToList();
        var managers = active.Select(s => s.Manager.Id).Distinct(StringComparer.Ordinal).Count();
        var rows = series.OrderBy(s => s.Cancelled).ThenBy(s => s.Manager.Name, StringComparer.Ordinal).ThenBy(s => s.Employee.Name, StringComparer.Ordinal).Select(s =>
        {
            var view = OneOnOnesView.View(s, now);
            return new[]
            {
                HtmlPage.Encode(s.Manager.Name),
                HtmlPage.Encode(s.Employee.Name),
                HtmlPage.Encode(Schedule(s)),
                HtmlPage.Encode(view.Status),
                HtmlPage.Encode(view.Upcoming is [var next, ..] ? next.Start.Replace('T', ' ') : "none"),
                view.Skipped.Count.ToString(CultureInfo.InvariantCulture),
            };
        });
        return string.Create(CultureInfo.InvariantCulture, $"<h2>All schedules</h2><p class=\"counts\">{active.Count} active series run by {managers} manager{(managers == 1 ? "" : "s")}; {series.Count - active.Count} cancelled.</p>")
            + DataTable.Render("Every one-to-one series", ["Manager", "Employee", "Schedule", "Status", "Next meeting (local time)", "Meetings skipped"], rows, "No one-to-one series yet.");
    }

    static string Schedule(OneOnOneSeries s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Cadence.ToWire()}, {s.DurationMinutes} min, from {s.FirstStart:yyyy-MM-dd HH:mm} ({s.TimeZone})");
}
