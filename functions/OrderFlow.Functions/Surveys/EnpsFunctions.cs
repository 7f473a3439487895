using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.Surveys;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Surveys;

public sealed class EnpsFunctions(EnpsResultsStore results, EnpsPublisher publisher)
{
    [Function("GetEnps")]
    [Description("A survey's eNPS series by round, overall or for one department; groups under the threshold are suppressed.")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/enps")] HttpRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var surveyId = request.Query["surveyId"].ToString();
        errors.Require(EntityKey.IsValid(surveyId), "surveyId", "A survey ID is required.");
        var from = ParseTime(request.Query["from"], "from", errors);
        var to = ParseTime(request.Query["to"], "to", errors);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }
        var department = request.Query["department"].ToString() is { Length: > 0 } d ? d : null;
        var points = await results.SeriesAsync(surveyId, from, to, department, cancellationToken);
        return TypedResults.Ok(new { points });
    }

    /// <summary>Hourly: recomputes every round whose figures are not final (closing publishes final ones).</summary>
    [Function("ComputeEnps")]
    public Task ComputeAsync([TimerTrigger("0 0 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        publisher.PublishUnfinishedAsync(cancellationToken);

    static DateTimeOffset? ParseTime(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var valid = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value);
        errors.Require(valid, field, "An ISO 8601 date or time, such as 2026-11-01 or 2026-11-01T00:00:00Z.");
        return valid ? value : null;
    }
}
