using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Reporting.Dashboard;

namespace OrderFlow.Functions.Reporting;

/// <summary>
/// Two pages, two functions, so the access table can tell them apart: Dashboard is Finance's (the finance key opens
/// it), the employees' figures on EngagementDashboard are People's.
/// </summary>
public sealed class DashboardFunction(DashboardPage page)
{
    [Function("Dashboard")]
    [Description("An HTML page with charts of the last eight weeks: orders per day by status, cycle time p50/p90 and fulfilment rate per week.")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/dashboard")] HttpRequest request, CancellationToken cancellationToken) =>
        TypedResults.Content(await page.RenderAsync(aboutEmployees: false, cancellationToken), "text/html; charset=utf-8");

    [Function("EngagementDashboard")]
    [Description("An HTML page with the eNPS of each survey round over the last eight weeks; not opened by the finance key.")]
    public async Task<IResult> EngagementAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/engagement/dashboard")] HttpRequest request, CancellationToken cancellationToken) =>
        TypedResults.Content(await page.RenderAsync(aboutEmployees: true, cancellationToken), "text/html; charset=utf-8");
}
