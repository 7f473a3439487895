using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Access;
using OrderFlow.Core.Common;
using OrderFlow.Core.OneOnOnes;
using OrderFlow.Core.People;
using OrderFlow.Functions.Access;
using OrderFlow.Functions.OneOnOnes;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.People;

/// <summary>
/// The one-to-ones page for whoever is signed in: a manager (an employee with reports, found in the directory by the
/// name they signed in with) sees and runs their own series; People sees every schedule and the counts, from the
/// series rows alone: agendas and private notes live in tables this page never reads.
/// </summary>
public sealed class OneOnOnesView(EmployeeDirectory directory, ManagerOneOnOnes managers, SeriesStore store, TimeProvider time)
{
    public const string Path = "/people/one-on-ones";
    const string Title = "One-to-ones";

    public static string SkipOf(string id) => $"{Path}/{Uri.EscapeDataString(id)}/skip";

    public static string CancelOf(string id) => $"{Path}/{Uri.EscapeDataString(id)}/cancel";

    public static readonly IReadOnlyDictionary<string, string> Notices = new Dictionary<string, string>
    {
        ["created"] = "One-to-one set up; both of you get a calendar invitation.",
        ["skipped"] = "Meeting skipped; both of you get a cancellation for it.",
        ["cancelled"] = "Series cancelled; both of you get a cancellation.",
    };

    /// <summary>The signed-in person's directory entry, or null when the directory does not know them.</summary>
    public async Task<Employee?> ManagerAsync(StaffPrincipal viewer, CancellationToken cancellationToken) =>
        viewer.SignInName is { Length: > 0 } name ? await directory.FindByEmailAsync(name, cancellationToken) : null;

    public async Task<HtmlPage> ShowAsync(HttpRequest request, CancellationToken cancellationToken, string alert = "", FieldErrors? errors = null, OneOnOneInput? input = null, int status = StatusCodes.Status200OK)
    {
        var viewer = request.HttpContext.Viewer()!;
        var me = await ManagerAsync(viewer, cancellationToken);
        var reports = me is null ? [] : await managers.ReportsAsync(me.Id, cancellationToken);
        var seesAll = viewer.HoldsAny([StaffRole.People]);
        var content = new StringBuilder(BackOfficePage.Notice(request, Notices)).Append(alert.Length > 0 ? BackOfficePage.Alert(alert) : "");
        if (reports.Count > 0)
        {
            var own = await managers.SeriesAsync(me!.Id, cancellationToken);
            content.Append(OneOnOnesHtml.Own(own, time.GetUtcNow())).Append(OneOnOnesHtml.CreateForm(reports, input ?? Defaults(me), errors));
        }
        if (seesAll)
        {
            content.Append(OneOnOnesHtml.All(await store.ListAsync(null, cancellationToken), time.GetUtcNow()));
        }
        if (reports.Count == 0 && !seesAll)
        {
            content.Append("<p>One-to-ones here are run by managers: nobody reports to you in the employee directory, so you have no series to set up. Your meetings with your own manager come to you as calendar invitations and emailed links.</p>");
        }
        return BackOfficePage.Show(request, Title, content.ToString(), status);
    }

    /// <summary>A week from now at ten, in the manager's own time zone.</summary>
    OneOnOneInput Defaults(Employee manager)
    {
        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), manager.Zone).Date.AddDays(7).AddHours(10);
        return new OneOnOneInput(manager.Id, null, "weekly", OneOnOneInput.DefaultDurationMinutes, local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), manager.TimeZone);
    }

    /// <summary>The answer to a change of a series: back to the page with its notice, or the page with the reason.</summary>
    public async Task<IResult> AfterChangeAsync(HttpRequest request, SeriesResult result, string notice, CancellationToken cancellationToken) => result.Problem switch
    {
        SeriesProblem.None => BackOfficePage.Done(Path, notice),
        SeriesProblem.NotFound => BackOfficePage.Show(request, "One-to-one not found", $"<p>You run no such series. {DataTable.Link(Path, "Your one-to-ones")}</p>", StatusCodes.Status404NotFound),
        SeriesProblem.Cancelled => await ShowAsync(request, cancellationToken, "The series has been cancelled: a cancelled series cannot change.", status: StatusCodes.Status409Conflict),
        _ => await ShowAsync(request, cancellationToken, string.Join(" ", result.Errors!.ByField.SelectMany(f => f.Messages)), status: StatusCodes.Status422UnprocessableEntity),
    };

    public static SeriesView View(OneOnOneSeries series, DateTimeOffset now) => SeriesView.From(series, now);
}
