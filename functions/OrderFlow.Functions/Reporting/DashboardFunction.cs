using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Reporting.Dashboard;

namespace OrderFlow.Functions.Reporting;

public sealed class DashboardFunction(DashboardPage page)
{
    [Function("Dashboard")]
    [Description("An HTML page with charts of the last eight weeks: orders per day by status, cycle time p50/p90 and fulfilment rate per week, and the eNPS of each survey round.")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "dashboard")] HttpRequest request, CancellationToken cancellationToken) =>
        TypedResults.Content(await page.RenderAsync(cancellationToken), "text/html; charset=utf-8");
}
