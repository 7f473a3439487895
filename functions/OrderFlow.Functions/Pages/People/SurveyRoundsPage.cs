using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.Surveys;
using OrderFlow.Functions.Http;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.People;

/// <summary>
/// The survey page's "Open a round now": the same opening as POST /api/surveys/{id}/rounds. The form names the
/// latest round it showed; if a newer one exists (the button pressed twice) nothing more opens.
/// </summary>
public sealed class SurveyRoundsPage(SurveyStore surveys, RoundStore rounds, RoundOpener opener)
{
    public const string LatestField = "latest";

    [Function("SurveyRoundsPage")]
    [Description("People page action: opens a survey round now and emails the audience.")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/surveys/{id}/rounds")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (!EntityKey.IsValid(id) || await surveys.FindAsync(id, cancellationToken) is not { } survey)
        {
            return SurveyPage.NotFound(request);
        }
        var (form, refusal) = await FormFields.ReadAsync(request, JsonBody.MaxBytes, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var all = await rounds.OfSurveyAsync(id, cancellationToken);
        if ((all.Count == 0 ? null : all[^1].RoundId) != form![LatestField])
        {
            return BackOfficePage.Done(SurveysPage.Of(id), SurveyPage.AlreadyOpened);
        }
        var round = await opener.OpenNowAsync(survey, request.Actor(), cancellationToken);
        return BackOfficePage.Done(string.Create(CultureInfo.InvariantCulture, $"{SurveysPage.Of(id)}?{SurveyPage.InvitedParameter}={round.Invited}"), SurveyPage.Opened);
    }
}
