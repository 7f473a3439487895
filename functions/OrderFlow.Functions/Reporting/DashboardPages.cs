using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Reporting.Dashboard;
using OrderFlow.Functions.Access;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Reporting;

/// <summary>
/// The back office's dashboard: the sections of /api/dashboard and /api/engagement/dashboard inside the layout, each
/// shown only to a viewer whose roles open its API route (sales figures for Finance, engagement for People).
/// </summary>
public sealed class DashboardPages(DashboardPage dashboard)
{
    public const string Path = "/dashboard";
    public const string NoSectionsText = "The order figures are for Finance and the engagement figures for People; your roles open neither.";

    [Function("DashboardPage")]
    [Description("The dashboard page: order KPIs for Finance, engagement for People, both for Admin.")]
    public async Task<IResult> ShowAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard")] HttpRequest request, CancellationToken cancellationToken)
    {
        // The access check lets only signed-in people through to a page, so there is always a viewer here.
        var viewer = request.HttpContext.Viewer()!;
        var business = AccessTable.Opens("Dashboard", viewer);
        var employees = AccessTable.Opens("EngagementDashboard", viewer);
        var content = business || employees
            ? await dashboard.SectionsAsync(business, employees, cancellationToken)
            : $"<p>{NoSectionsText}</p>";
        return BackOfficePage.Show(request, "Dashboard", content);
    }
}
