using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.Surveys;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Surveys;

public sealed class SurveyFunctions(SurveyStore surveys, SurveyEditing editing, RoundStore rounds, RoundOpener opener, RoundTimers timers, QuestionResults results)
{
    [Function("CreateSurvey")]
    [Description("Creates a pulse survey: 1–10 questions, cadence, audience, anonymity threshold, reminder and close days, local send time. With an Idempotency-Key header (at most 100 characters) a retry from the same caller finds the first survey: 200 with its id instead of 201.")]
    public async Task<IResult> CreateAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/surveys")] HttpRequest request, CancellationToken cancellationToken)
    {
        var (key, keyProblem) = IdempotencyKeyHeader.Read(request);
        if (keyProblem is not null)
        {
            return keyProblem;
        }
        var body = await JsonBody.ReadAsync<SurveyInput>(request, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }
        var id = key is null ? SurveyEditing.NewId() : editing.IdFor(request.Actor(), key);
        var change = await editing.CreateAsync(id, body.Value!, request.Actor(), cancellationToken);
        return change switch
        {
            { Survey: null } => Problems.Validation(change.Errors),
            { Created: true } => TypedResults.Created($"/api/surveys/{id}", new { id }),
            _ => TypedResults.Ok(new { id }),
        };
    }

    [Function("GetSurvey")]
    [Description("A survey's definition and its rounds, with who created the survey (survey.createdBy) and who opened each round by hand (openedBy; null for rounds its cadence opened), each {\"id\",\"name\",\"kind\"}.")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/surveys/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        return await WithSurveyAsync(id, async survey =>
        {
            var all = await rounds.OfSurveyAsync(id, cancellationToken);
            return TypedResults.Json(new { survey, rounds = all.Select(r => new { r.RoundId, r.OpenedAt, r.RemindAt, r.ClosesAt, r.Invited, r.Closed, r.OpenedBy }) }, SurveyStore.Json);
        }, cancellationToken);
    }

    [Function("OpenSurveyRound")]
    [Description("Opens a round now and emails every invited employee their personal link.")]
    public async Task<IResult> OpenRoundAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/surveys/{id}/rounds")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        return await WithSurveyAsync(id, async survey =>
        {
            var round = await opener.OpenNowAsync(survey, request.Actor(), cancellationToken);
            return TypedResults.Created($"/api/surveys/{id}/results?roundId={round.RoundId}", new { roundId = round.RoundId, invited = round.Invited });
        }, cancellationToken);
    }

    [Function("CloseSurveyRoundNow")]
    [Description("Closes a round now, before its closeAfterDays: its links stop taking answers, what is held is released and the final eNPS published. Closing again changes nothing.")]
    public async Task<IResult> CloseRoundAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/surveys/{id}/rounds/{roundId}/close")] HttpRequest request, string id, string roundId, CancellationToken cancellationToken)
    {
        return await WithSurveyAsync(id, async survey =>
        {
            var round = EntityKey.IsValid(roundId) ? await rounds.FindAsync(id, roundId, cancellationToken) : null;
            return round is null
                ? Problems.NotFound($"Round {roundId}")
                : TypedResults.Ok(new { roundId, closed = (await timers.CloseAsync(survey, round, cancellationToken)).Closed });
        }, cancellationToken);
    }

    [Function("GetSurveyResults")]
    [Description("Per-question aggregates of a round (the latest by default); suppressed under the anonymity threshold.")]
    public async Task<IResult> ResultsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/surveys/{id}/results")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        return await WithSurveyAsync(id, async survey =>
        {
            var roundId = request.Query["roundId"].ToString();
            var round = roundId.Length > 0
                ? await rounds.FindAsync(id, roundId, cancellationToken)
                : (await rounds.OfSurveyAsync(id, cancellationToken)) is [.., var latest] ? latest : null;
            return round is null ? Problems.NotFound($"Round {roundId}") : TypedResults.Json(await results.ComputeAsync(survey, round, cancellationToken), SurveyStore.Json);
        }, cancellationToken);
    }

    async Task<IResult> WithSurveyAsync(string id, Func<Survey, Task<IResult>> found, CancellationToken cancellationToken) =>
        await surveys.FindAsync(id, cancellationToken) is { } survey ? await found(survey) : Problems.NotFound($"Survey {id}");
}
