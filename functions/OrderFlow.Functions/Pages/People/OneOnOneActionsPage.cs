using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.OneOnOnes;
using OrderFlow.Core.People;
using OrderFlow.Functions.Access;
using OrderFlow.Functions.Http;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.People;

/// <summary>
/// A manager skips a meeting of, or cancels, a series they run, through the one-to-ones API's own service; another
/// manager's series answers as not found.
/// </summary>
public sealed class OneOnOneActionsPage(EmployeeDirectory directory, ManagerOneOnOnes managers, SeriesStore store, TimeProvider time)
{
    readonly OneOnOnesView view = new(directory, managers, store, time);

    [Function("OneOnOneSkipPage")]
    [Description("Page action: the manager skips one meeting of their own series.")]
    public async Task<IResult> SkipAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/one-on-ones/{id}/skip")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var (form, refusal) = await FormFields.ReadAsync(request, JsonBody.MaxBytes, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var manager = await view.ManagerAsync(request.HttpContext.Viewer()!, cancellationToken);
        var result = manager is null ? SeriesResult.NotFound : await managers.SkipAsync(manager, id, form!["date"], request.Actor(), cancellationToken);
        return await view.AfterChangeAsync(request, result, "skipped", cancellationToken);
    }

    [Function("OneOnOneCancelPage")]
    [Description("Page action: the manager cancels their own series.")]
    public async Task<IResult> CancelAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/one-on-ones/{id}/cancel")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var manager = await view.ManagerAsync(request.HttpContext.Viewer()!, cancellationToken);
        var result = manager is null ? SeriesResult.NotFound : await managers.CancelAsync(manager, id, request.Actor(), cancellationToken);
        return await view.AfterChangeAsync(request, result, "cancelled", cancellationToken);
    }
}
