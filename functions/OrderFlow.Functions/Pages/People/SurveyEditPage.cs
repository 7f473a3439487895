using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.Surveys;
using OrderFlow.Functions.Http;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.People;

/// <summary>/people/surveys/{id}/edit: the survey form filled in, saved through <see cref="SurveyEditing.EditAsync"/> with the editor recorded.</summary>
public sealed class SurveyEditPage(SurveyStore surveys, SurveyEditing editing)
{
    [Function("SurveyEditPage")]
    [Description("People page: edits a pulse survey; its questions are fixed once a round has opened.")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "people/surveys/{id}/edit")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (!EntityKey.IsValid(id) || await surveys.FindAsync(id, cancellationToken) is not { } survey)
        {
            return SurveyPage.NotFound(request);
        }
        if (HttpMethods.IsGet(request.Method))
        {
            return Show(request, survey, SurveyForm.From(survey), null);
        }
        var (form, refusal) = await FormFields.ReadAsync(request, JsonBody.MaxBytes, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var input = SurveyForm.Read(form!);
        var change = await editing.EditAsync(id, input, request.Actor(), cancellationToken);
        return change switch
        {
            { Found: false } => SurveyPage.NotFound(request),
            { Survey: not null } => BackOfficePage.Done(SurveysPage.Of(id), SurveyPage.Saved),
            _ => Show(request, survey, input, change.Errors, StatusCodes.Status422UnprocessableEntity),
        };
    }

    static HtmlPage Show(HttpRequest request, Survey survey, SurveyInput input, FieldErrors? errors, int status = StatusCodes.Status200OK) =>
        BackOfficePage.Show(request, $"Edit “{survey.Title}”", SurveyForm.Render(SurveysPage.EditOf(survey.Id), input, errors, "Save survey"), status);
}
