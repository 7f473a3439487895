using System.ComponentModel;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.Surveys;
using OrderFlow.Functions.Access;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.People;

/// <summary>/people/surveys/{id}: what the survey asks and how, its rounds with response rates, and its eNPS trend.</summary>
public sealed class SurveyPage(SurveyStore surveys, RoundStore rounds, AnswerStore answers, EnpsResultsStore enps, TimeProvider time)
{
    public const string Created = "created";
    public const string Saved = "saved";
    public const string Opened = "opened";
    public const string AlreadyOpened = "already-opened";
    public const string Closed = "closed";
    public const string InvitedParameter = "invited";

    [Function("SurveyPage")]
    [Description("People page: one survey, its rounds with response rates, a button to open a round, and its eNPS trend.")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "people/surveys/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (!EntityKey.IsValid(id) || await surveys.FindAsync(id, cancellationToken) is not { } survey)
        {
            return NotFound(request);
        }
        var all = await rounds.OfSurveyAsync(id, cancellationToken);
        var viewer = request.HttpContext.Viewer()!;
        var content = new StringBuilder(BackOfficePage.Notice(request, Notices(request)))
            .Append(Definition(survey));
        if (AccessTable.Opens("SurveyEditPage", viewer))
        {
            content.Append(CultureInfo.InvariantCulture, $"<p>{DataTable.Link(SurveysPage.EditOf(id), "Edit this survey")}</p>");
        }
        content.Append("<h2>Rounds</h2>").Append(await RoundsAsync(survey, all, AccessTable.Opens("SurveyRoundClosePage", viewer), cancellationToken));
        if (AccessTable.Opens("SurveyRoundsPage", viewer))
        {
            var latest = all.Count == 0 ? "" : all[^1].RoundId;
            content.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{HtmlPage.Encode(SurveysPage.RoundsOf(id))}\"><input type=\"hidden\" name=\"{SurveyRoundsPage.LatestField}\" value=\"{HtmlPage.Encode(latest)}\">")
                .Append("<p class=\"hint\" id=\"open-hint\">Emails everyone in the audience their personal link now.</p><button type=\"submit\" aria-describedby=\"open-hint\">Open a round now</button></form>");
        }
        content.Append("<h2>eNPS trend</h2>").Append(EnpsTrend.Render(survey, await enps.SeriesAsync(id, null, null, null, cancellationToken)));
        return BackOfficePage.Show(request, survey.Title, content.ToString());
    }

    public static HtmlPage NotFound(HttpRequest request) =>
        BackOfficePage.Show(request, "Survey not found", $"<p>There is no such survey. {DataTable.Link(SurveysPage.Path, "All surveys")}</p>", StatusCodes.Status404NotFound);

    static Dictionary<string, string> Notices(HttpRequest request)
    {
        var invited = int.TryParse(request.Query[InvitedParameter], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return new()
        {
            [Created] = "Survey created.",
            [Saved] = "Survey saved.",
            [Opened] = $"Round opened: {invited} {(invited == 1 ? "person" : "people")} invited.",
            [AlreadyOpened] = "A round had just been opened, so no other was opened.",
            [Closed] = "Round closed: its links take no more answers, and its results and eNPS are final.",
        };
    }

    static string Definition(Survey survey)
    {
        var html = new StringBuilder("<dl class=\"details\">");
        void Fact(string term, string text) => html.Append(CultureInfo.InvariantCulture, $"<dt>{HtmlPage.Encode(term)}</dt><dd>{HtmlPage.Encode(text)}</dd>");
        Fact("Cadence", survey.Cadence.ToString());
        Fact("Audience", SurveysPage.AudienceText(survey.Audience));
        Fact("Anonymity threshold", $"{survey.AnonymityThreshold} answers");
        Fact("Reminder, close", $"after {survey.ReminderAfterDays} and {survey.CloseAfterDays} days");
        Fact("Sent at", survey.SendAtLocalTime.ToString("HH:mm", CultureInfo.InvariantCulture) + " local time");
        Fact("Created by", survey.CreatedBy?.Name ?? "not recorded");
        if (survey.UpdatedBy is { } editor)
        {
            Fact("Last edited by", editor.Name);
        }
        html.Append("</dl><h2>Questions</h2><ol class=\"questions\">");
        foreach (var q in survey.Questions)
        {
            var options = q.Options.Count == 0 ? "" : $" ({string.Join(", ", q.Options)})";
            html.Append(CultureInfo.InvariantCulture, $"<li>{HtmlPage.Encode(q.Text)} <span class=\"hint\">{HtmlPage.Encode(q.Type.ToString().ToLowerInvariant() + options)}</span></li>");
        }
        return html.Append("</ol>").ToString();
    }

    async Task<string> RoundsAsync(Survey survey, IReadOnlyList<SurveyRound> all, bool mayClose, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = new List<string[]>();
        foreach (var round in all.Reverse())
        {
            // Released answers only: they are let out in batches of at least the threshold, so no count moves by one person.
            var answered = (await answers.TalliesAsync(round.RoundId, cancellationToken)).Sum(t => t.Respondents);
            var closed = round.Closed || round.ClosesAt <= now;
            rows.Add(
            [
                DataTable.Link(SurveysPage.ResultsOf(survey.Id, round.RoundId), $"Results of {round.OpenedAt.UtcDateTime:yyyy-MM-dd}"),
                DataTable.Time(round.OpenedAt),
                closed ? "closed" : $"open until {DataTable.Time(round.ClosesAt)}",
                round.Invited.ToString(CultureInfo.InvariantCulture),
                answered.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{EnpsMath.ResponseRate(answered, round.Invited) * 100:0}%"),
                HtmlPage.Encode(round.OpenedBy?.Name ?? "its cadence"),
                closed || !mayClose ? "" : $"<form method=\"post\" action=\"{HtmlPage.Encode(SurveysPage.RoundsOf(survey.Id) + "/" + Uri.EscapeDataString(round.RoundId) + "/close")}\"><button type=\"submit\">Close now</button></form>",
            ]);
        }
        return DataTable.Render("Rounds, newest first", ["Round", "Opened", "Status", "Invited", "Answered", "Response rate", "Opened by", "Actions"], rows, "No round has opened yet.");
    }
}
