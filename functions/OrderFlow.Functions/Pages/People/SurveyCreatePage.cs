using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Surveys;
using OrderFlow.Functions.Http;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.People;

/// <summary>
/// /people/surveys/new: the survey form, created through the same Core path as POST /api/surveys. The form carries
/// the new survey's ID from the moment it is shown, so sending it twice creates one survey.
/// </summary>
public sealed class SurveyCreatePage(SurveyEditing editing)
{
    public const string FormIdField = "formId";
    const string Title = "Create a survey";

    [Function("SurveyCreatePage")]
    [Description("People page: the form that creates a pulse survey, with errors beside their fields.")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "people/surveys/new")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return Show(request, SurveyEditing.NewId(), SurveyForm.Blank, null);
        }
        var (form, refusal) = await FormFields.ReadAsync(request, JsonBody.MaxBytes, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var id = form![FormIdField] is { } posted && IsSurveyId(posted) ? posted : SurveyEditing.NewId();
        var input = SurveyForm.Read(form);
        var change = await editing.CreateAsync(id, input, request.Actor(), cancellationToken);
        return change.Survey is { } survey
            ? BackOfficePage.Done(SurveysPage.Of(survey.Id), SurveyPage.Created)
            : Show(request, id, input, change.Errors, StatusCodes.Status422UnprocessableEntity);
    }

    static HtmlPage Show(HttpRequest request, string id, SurveyInput input, Core.Common.FieldErrors? errors, int status = StatusCodes.Status200OK) =>
        BackOfficePage.Show(request, Title, SurveyForm.Render(SurveysPage.NewPath, input, errors, "Create survey",
            string.Create(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{FormIdField}\" value=\"{HtmlPage.Encode(id)}\">")), status);

    // The shape SurveyEditing.NewId gives; anything else posted is not trusted as an ID.
    static bool IsSurveyId(string text) => text.Length == 14 && text.StartsWith("s-", StringComparison.Ordinal) && text[2..].All(char.IsAsciiHexDigitLower);
}
