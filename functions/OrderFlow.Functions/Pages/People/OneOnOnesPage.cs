using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.OneOnOnes;
using OrderFlow.Core.People;
using OrderFlow.Functions.Http;
using OrderFlow.Functions.Access;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.People;

/// <summary>
/// /people/one-on-ones for any signed-in person (<see cref="OneOnOnesView"/> shows what they may see); a POST sets
/// up a series with one of the manager's reports through the one-to-ones API's own service.
/// </summary>
public sealed class OneOnOnesPage(EmployeeDirectory directory, ManagerOneOnOnes managers, SeriesStore store, TimeProvider time)
{
    readonly OneOnOnesView view = new(directory, managers, store, time);

    [Function("OneOnOnesPage")]
    [Description("Page: a manager's own one-to-ones and their set-up form; every schedule and the counts for People.")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "people/one-on-ones")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return await view.ShowAsync(request, cancellationToken);
        }
        var (form, refusal) = await FormFields.ReadAsync(request, JsonBody.MaxBytes, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        if (await view.ManagerAsync(request.HttpContext.Viewer()!, cancellationToken) is not { } manager)
        {
            return await view.ShowAsync(request, cancellationToken, "You are not in the employee directory, so you cannot set up one-to-ones.", status: StatusCodes.Status403Forbidden);
        }
        var duration = form!["durationMinutes"] is { } text ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ? minutes : 0 : (int?)null;
        var input = new OneOnOneInput(manager.Id, form["employeeId"], form["cadence"], duration, form["firstStart"], form["timeZone"]);
        var result = await managers.CreateAsync(manager, input, request.Actor(), cancellationToken);
        return result.Problem == SeriesProblem.Invalid
            ? await view.ShowAsync(request, cancellationToken, errors: result.Errors, input: input, status: StatusCodes.Status422UnprocessableEntity)
            : await view.AfterChangeAsync(request, result, "created", cancellationToken);
    }
}
