using System.ComponentModel;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Surveys;
using OrderFlow.Functions.Access;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.People;

/// <summary>/people/surveys: every survey, newest first, with a way to create one.</summary>
public sealed class SurveysPage(SurveyStore surveys)
{
    public const string Path = "/people/surveys";
    public const string NewPath = Path + "/new";

    public static string Of(string surveyId) => $"{Path}/{Uri.EscapeDataString(surveyId)}";

    public static string EditOf(string surveyId) => Of(surveyId) + "/edit";

    public static string RoundsOf(string surveyId) => Of(surveyId) + "/rounds";

    public static string ResultsOf(string surveyId, string roundId) => $"{RoundsOf(surveyId)}/{Uri.EscapeDataString(roundId)}";

    [Function("SurveysPage")]
    [Description("People page: the list of pulse surveys.")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "people/surveys")] HttpRequest request, CancellationToken cancellationToken)
    {
        var all = (await surveys.AllAsync(cancellationToken)).OrderByDescending(s => s.CreatedAt);
        var content = new StringBuilder();
        if (AccessTable.Opens("SurveyCreatePage", request.HttpContext.Viewer()!))
        {
            content.Append(CultureInfo.InvariantCulture, $"<p><a class=\"button\" href=\"{NewPath}\">Create a survey</a></p>");
        }
        content.Append(DataTable.Render("Surveys", ["Title", "Cadence", "Audience", "Questions", "Anonymity threshold", "Created"], all.Select(Row), "No surveys yet."));
        return BackOfficePage.Show(request, "Surveys", content.ToString());
    }

    static string[] Row(Survey s) =>
    [
        DataTable.Link(Of(s.Id), s.Title),
        HtmlPage.Encode(s.Cadence.ToString()),
        HtmlPage.Encode(AudienceText(s.Audience)),
        s.Questions.Count.ToString(CultureInfo.InvariantCulture),
        s.AnonymityThreshold.ToString(CultureInfo.InvariantCulture),
        DataTable.Time(s.CreatedAt),
    ];

    public static string AudienceText(Audience audience) => audience.All ? "Everyone" : string.Join(", ", audience.Departments);
}
