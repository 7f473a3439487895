using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.OneOnOnes;
using OrderFlow.Functions.Pages.People;
using OrderFlow.IntegrationTests.Access;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.People;
using static OrderFlow.IntegrationTests.OneOnOnes.OneOnOneApi;
using static OrderFlow.IntegrationTests.People.PageForms;

namespace OrderFlow.IntegrationTests.OneOnOnes;

/// <summary>
/// The one-to-ones page as a manager (found in the directory by the email they sign in with), as People and as
/// someone who is neither. Ethan (e-018) and Oliver (e-010) are put in the directory under their demo emails; their
/// reports are each test's own.
/// </summary>
[Collection(SharedApps.OneOnOnes)]
public class OneOnOnesPageTests(OneOnOneApp app)
{
    const string Ethan = "e-018";
    const string Oliver = "e-010";

    async Task<string> ManagerWithReportAsync(string managerId, string name, string email, string key)
    {
        (await app.Http.PutAsJsonAsync($"api/employees/{managerId}", new { name, email, department = "Operations", managerId = (string?)null, timeZone = MeetingSetup.Zone, active = true })).EnsureSuccessStatusCode();
        await PutEmployeeAsync(app.Http, $"r-{key}", $"Report {key}", managerId);
        return $"r-{key}";
    }

    Task<IReadOnlyList<OneOnOneSeries>> SeriesOfAsync(string managerId) =>
        app.Server.Services.GetRequiredService<SeriesStore>().ListAsync(managerId, CancellationToken.None);

    static List<KeyValuePair<string, string>> NewSeries(string employeeId, DateTime start) =>
        [Field("employeeId", employeeId), Field("cadence", "weekly"), Field("firstStart", start.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)), Field("durationMinutes", "30"), Field("timeZone", MeetingSetup.Zone)];

    [Fact]
    public async Task Manager_CreatesSkipsAndCancelsTheirOwnSeries_AsThemselves()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var report = await ManagerWithReportAsync(Ethan, "Ethan Brooks", "ethan.brooks@orderflow.example", key);
        using var ethan = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Ethan);
        var start = LocalDaysAhead(app.Clock, MeetingSetup.Zone, 3, 10);

        var (_, form) = await ethan.PageAsync(OneOnOnesView.Path);
        var created = await ethan.PostFormAsync(OneOnOnesView.Path, NewSeries(report, start));
        var repeated = await ethan.PostFormAsync(OneOnOnesView.Path, NewSeries(report, start));
        var series = Assert.Single(await SeriesOfAsync(Ethan), s => s.Employee.Id == report);
        var skipped = await ethan.PostFormAsync(OneOnOnesView.SkipOf(series.Id), [Field("date", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]);
        var afterSkip = Assert.Single(await SeriesOfAsync(Ethan), s => s.Id == series.Id);
        var cancelled = await ethan.PostFormAsync(OneOnOnesView.CancelOf(series.Id), []);
        var afterCancel = Assert.Single(await SeriesOfAsync(Ethan), s => s.Id == series.Id);

        Assert.Contains($"<option value=\"{report}\">Report {key} (Engineering)</option>", form, StringComparison.Ordinal);
        Assert.Equal(($"{OneOnOnesView.Path}?notice=created", $"{OneOnOnesView.Path}?notice=created"), (created.Location, repeated.Location));
        Assert.Equal("Ethan Brooks", series.CreatedBy!.Name);
        Assert.Equal($"{OneOnOnesView.Path}?notice=skipped", skipped.Location);
        Assert.True(afterSkip.IsSkipped(DateOnly.FromDateTime(start)));
        Assert.Equal($"{OneOnOnesView.Path}?notice=cancelled", cancelled.Location);
        Assert.Equal((true, "Ethan Brooks"), (afterCancel.Cancelled, afterCancel.UpdatedBy!.Name));
    }

    [Fact]
    public async Task Manager_AnotherManagersSeriesOrReport_RefusedAndNothingChanges()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        await ManagerWithReportAsync(Ethan, "Ethan Brooks", "ethan.brooks@orderflow.example", key + "e");
        var oliversReport = await ManagerWithReportAsync(Oliver, "Oliver Hughes", "oliver.hughes@orderflow.example", key + "o");
        var start = LocalDaysAhead(app.Clock, MeetingSetup.Zone, 4, 11);
        var oliversSeries = await CreateAsync(app.Http, Body(Oliver, oliversReport, start));
        using var ethan = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Ethan);

        var skip = await ethan.PostFormAsync(OneOnOnesView.SkipOf(oliversSeries), [Field("date", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]);
        var cancel = await ethan.PostFormAsync(OneOnOnesView.CancelOf(oliversSeries), []);
        var create = await ethan.PostFormAsync(OneOnOnesView.Path, NewSeries(oliversReport, start));
        var (_, ethansPage) = await ethan.PageAsync(OneOnOnesView.Path);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (skip.Status, cancel.Status));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, create.Status);
        Assert.Contains("Choose one of your reports.", create.Html, StringComparison.Ordinal);
        var series = Assert.Single(await SeriesOfAsync(Oliver), s => s.Id == oliversSeries);
        Assert.Equal((false, 0), (series.Cancelled, series.Skipped.Count));
        Assert.DoesNotContain($"Report {key}o", ethansPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_SeesEveryScheduleAndTheCounts_NeverAgendaOrNotes()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        await PutEmployeeAsync(app.Http, $"m-{key}", $"Manager {key}", managerId: null);
        await PutEmployeeAsync(app.Http, $"e-{key}", $"Report {key}", $"m-{key}");
        var start = LocalDaysAhead(app.Clock, MeetingSetup.Zone, 2, 10);
        await CreateAsync(app.Http, Body($"m-{key}", $"e-{key}", start));
        await MeetingSetup.RemindDayBeforeAsync(app, start);
        using var participant = new MeetingPageClient();
        await participant.PutAsync(Assert.Single(await WaitForReminderLinksAsync(EmailOf($"m-{key}"), 1)), new { add = new[] { $"Agenda {key}" }, notes = $"Note {key}" });
        using var haruto = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Haruto);

        var (status, page) = await haruto.PageAsync(OneOnOnesView.Path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<tr><th scope=\"row\">Manager {key}</th><td>Report {key}</td><td>weekly, 60 min, from {start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} (Europe/Berlin)</td><td>active</td>", page, StringComparison.Ordinal);
        Assert.Matches(@"\d+ active series run by \d+ managers?; \d+ cancelled\.", page);
        Assert.DoesNotContain($"Agenda {key}", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"Note {key}", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeitherManagerNorPeople_GetsAPageThatSaysSo()
    {
        using var priya = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Priya);

        var (status, page) = await priya.PageAsync(OneOnOnesView.Path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("nobody reports to you", page, StringComparison.Ordinal);
        Assert.DoesNotContain("All schedules", page, StringComparison.Ordinal);
    }
}
