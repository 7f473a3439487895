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
/// The survey page's "Open a round now" and "Close now": the same opening as POST /api/surveys/{id}/rounds and the
/// same closing as its /close. The opening form names the latest round it showed; if a newer one exists (the button
/// pressed twice) nothing more opens. Closing twice changes nothing.
/// </summary>
public sealed class SurveyRoundsPage(SurveyStore surveys, RoundStore rounds, RoundOpener opener, RoundTimers timers)
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

    [Function("SurveyRoundClosePage")]
    [Description("People page action: closes an open round now, as POST /api/surveys/{id}/rounds/{roundId}/close.")]
    public async Task<IResult> CloseAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/surveys/{id}/rounds/{roundId}/close")] HttpRequest request, string id, string roundId, CancellationToken cancellationToken)
    {
        if (!EntityKey.IsValid(id) || await surveys.FindAsync(id, cancellationToken) is not { } survey
            || !EntityKey.IsValid(roundId) || await rounds.FindAsync(id, roundId, cancellationToken) is not { } round)
        {
            return SurveyPage.NotFound(request);
        }
        await timers.CloseAsync(survey, round, cancellationToken);
        return BackOfficePage.Done(SurveysPage.Of(id), SurveyPage.Closed);
    }
}
