using System.ComponentModel;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.Surveys;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.People;

/// <summary>
/// /people/surveys/{id}/rounds/{roundId}: a round's results from the API's own computation
/// (<see cref="QuestionResults"/>), so every anonymity rule holds: nothing under the threshold, not even a count.
/// </summary>
public sealed class SurveyResultsPage(SurveyStore surveys, RoundStore rounds, QuestionResults results)
{
    [Function("SurveyResultsPage")]
    [Description("People page: one round's results, suppressed under the anonymity threshold.")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "people/surveys/{id}/rounds/{roundId}")] HttpRequest request, string id, string roundId, CancellationToken cancellationToken)
    {
        if (!EntityKey.IsValid(id) || await surveys.FindAsync(id, cancellationToken) is not { } survey
            || !EntityKey.IsValid(roundId) || await rounds.FindAsync(id, roundId, cancellationToken) is not { } round)
        {
            return SurveyPage.NotFound(request);
        }
        var computed = await results.ComputeAsync(survey, round, cancellationToken);
        var content = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<p>{DataTable.Link(SurveysPage.Of(id), "Back to the survey")}. Round opened {DataTable.Time(round.OpenedAt)}, {round.Invited} invited.</p>");
        if (computed.Suppressed)
        {
            content.Append(CultureInfo.InvariantCulture, $"<p class=\"suppressed\">Hidden to protect anonymity: fewer than {survey.AnonymityThreshold} answers have been released for this round. Answers are released in batches of at least that size, so nothing shows until then.</p>");
        }
        else
        {
            content.Append(CultureInfo.InvariantCulture, $"<p>{computed.Respondents} answers.</p>");
            foreach (var question in computed.Questions)
            {
                content.Append(Question(question, survey.AnonymityThreshold));
            }
        }
        return BackOfficePage.Show(request, $"Results: {survey.Title}", content.ToString());
    }

    static string Question(QuestionResult q, int threshold)
    {
        var html = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<section class=\"result\"><h2>{HtmlPage.Encode(q.Text)}</h2>");
        if (q.Suppressed)
        {
            return html.Append(CultureInfo.InvariantCulture, $"<p class=\"suppressed\">Hidden: fewer than {threshold} people answered this question.</p></section>").ToString();
        }
        if (q.Mean is { } mean)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Mean {mean:0.00} from {q.Answered} answers.</p>");
        }
        var counts = q.Distribution ?? q.Counts;
        if (counts is not null)
        {
            html.Append(DataTable.Render("Answers", ["Answer", "People"], counts.Select(c => new[] { HtmlPage.Encode(c.Key), c.Value.ToString(CultureInfo.InvariantCulture) })));
        }
        if (q.Texts is { } texts)
        {
            html.Append("<ul class=\"texts\">").AppendJoin("", texts.Where(t => t.Length > 0).Select(t => $"<li>{HtmlPage.Encode(t)}</li>")).Append("</ul>");
        }
        return html.Append("</section>").ToString();
    }
}
