using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.OneOnOnes;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.OneOnOnes;

public sealed class OneOnOneFunctions(OneOnOneService service, TimeProvider time)
{
    [Function("PostOneOnOne")]
    [Description("Sets up a recurring one-to-one and emails both participants a calendar invitation; a retry finds the same series (200). With an Idempotency-Key header (at most 100 characters) a retry from the same caller finds it even when its terms differ.")]
    public async Task<IResult> PostAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/one-on-ones")] HttpRequest request, CancellationToken cancellationToken)
    {
        var (key, keyProblem) = IdempotencyKeyHeader.Read(request);
        if (keyProblem is not null)
        {
            return keyProblem;
        }
        var body = await JsonBody.ReadAsync<OneOnOneInput>(request, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }
        var result = await service.CreateAsync(body.Value!, request.Actor(), key, cancellationToken);
        if (result.Series is { } series)
        {
            var view = SeriesView.From(series, time.GetUtcNow());
            return result.Created ? TypedResults.Created($"/api/one-on-ones/{series.Id}", view) : TypedResults.Ok(view);
        }
        return Problem(result, "");
    }

    [Function("GetOneOnOne")]
    [Description("A one-to-one series: who, how often, its status, its next meetings, who set it up (createdBy) and who skipped or cancelled last (updatedBy), each {\"id\",\"name\",\"kind\"}.")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/one-on-ones/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        await service.FindAsync(id, cancellationToken) is { } series
            ? TypedResults.Ok(SeriesView.From(series, time.GetUtcNow()))
            : Problems.NotFound($"One-to-one series '{id}'");

    [Function("SkipOneOnOne")]
    [Description("Skips one meeting, by its local date {\"date\":\"2026-12-08\"}: both participants get a cancellation for it.")]
    public async Task<IResult> SkipAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/one-on-ones/{id}/skip")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<SkipInput>(request, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }
        var result = await service.SkipAsync(id, body.Value!.Date, request.Actor(), cancellationToken);
        return result.Series is { } series ? TypedResults.Ok(SeriesView.From(series, time.GetUtcNow())) : Problem(result, id);
    }

    [Function("DeleteOneOnOne")]
    [Description("Cancels the whole series: both participants get a cancellation. Deleting again changes nothing.")]
    public async Task<IResult> DeleteAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/one-on-ones/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var result = await service.CancelAsync(id, request.Actor(), cancellationToken);
        return result.Series is not null ? TypedResults.NoContent() : Problem(result, id);
    }

    static IResult Problem(SeriesResult result, string id) => result.Problem switch
    {
        SeriesProblem.Invalid => Problems.Validation(result.Errors!),
        SeriesProblem.Cancelled => Problems.Status(StatusCodes.Status409Conflict, "The series has been cancelled.", "A cancelled series cannot change; to meet again, set up a new series with another first meeting."),
        _ => Problems.NotFound($"One-to-one series '{id}'"),
    };
}

/// <summary>POST /one-on-ones/{id}/skip body.</summary>
public sealed record SkipInput(string? Date);
