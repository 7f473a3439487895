using System.ComponentModel;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Orders.Work;
using OrderFlow.Functions.Pages.Kit;
using OrderFlow.Functions.Pages.OrderList;

namespace OrderFlow.Functions.Pages.WorkQueue;

/// <summary>
/// The work queue: orders waiting for a person, one section per reason (<see cref="WorkKind"/>), oldest first, each
/// linking to the order. Core decides why an order is here (<see cref="WorkQueueReader"/>); this page only shows it.
/// </summary>
public sealed class WorkQueuePage(WorkQueueReader queue)
{
    public const string FunctionName = "WorkQueuePage";
    public const string Path = "/work";

    /// <summary>Each section's heading, its "since" column, and what it says when empty.</summary>
    static readonly Dictionary<WorkKind, (string Heading, string Since, string What, string Empty)> Sections = new()
    {
        [WorkKind.AwaitingApproval] = ("Waiting for approval", "Held since", "Reason", "No order waits for approval."),
        [WorkKind.Backordered] = ("Backordered", "Backordered since", "Missing stock", "No order waits for stock."),
        [WorkKind.NeedsAttention] = ("Flagged for attention", "Flagged", "Why", "No order is flagged."),
        [WorkKind.RefundDue] = ("Refunds due", "Due since", "Refund", "No refund is due."),
        [WorkKind.PastSla] = ("Past their stage limit", "Overdue since", "Waiting for", "No stage is past its limit."),
    };

    [Function(FunctionName)]
    [Description("The work queue page: orders waiting for approval, backordered, flagged, owing a refund or past a stage limit.")]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "work")] HttpRequest request, CancellationToken cancellationToken)
    {
        var html = new StringBuilder("<p>Orders that wait for a person, oldest first in each section. Open an order to act on it.</p>");
        foreach (var section in await queue.ReadAsync(cancellationToken))
        {
            html.Append(Render(section));
        }
        return BackOfficePage.Show(request, "Work queue", html.ToString());
    }

    static string Render(WorkSection section)
    {
        var (heading, since, what, empty) = Sections[section.Kind];
        var id = "work-" + section.Kind.ToString().ToLowerInvariant();
        var approval = section.Kind == WorkKind.AwaitingApproval;
        string[] headers = approval ? ["Order", "Shop order ID", since, what, "Times out", "Time left"] : ["Order", "Shop order ID", since, what];
        var rows = section.Entries.Select(e => (IReadOnlyList<string>)[
            DataTable.Link(OrderListPage.OrderPath(e.Order.OrderId), e.Order.OrderId.Value),
            HtmlPage.Encode(e.Order.ExternalId),
            DataTable.Time(e.Work.Since),
            HtmlPage.Encode(e.Work.Detail),
            .. approval ? new[] { DataTable.Time(e.Due), HtmlPage.Encode(TimeLeft(e.TimeLeft)) } : []]);
        var count = string.Create(CultureInfo.InvariantCulture, $" ({section.Entries.Count})");
        return $"<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{HtmlPage.Encode(heading + count)}</h2>{DataTable.Render(heading + ", oldest first", headers, rows, empty)}</section>";
    }

    /// <summary>"2 days 5 hours", "3 hours 10 minutes", "12 minutes"; "timed out" once it has.</summary>
    public static string TimeLeft(TimeSpan? left) => left switch
    {
        null => "",
        { } l when l <= TimeSpan.Zero => "timed out",
        { TotalDays: >= 1 } l => $"{Plural(l.Days, "day")} {Plural(l.Hours, "hour")}",
        { TotalHours: >= 1 } l => $"{Plural(l.Hours, "hour")} {Plural(l.Minutes, "minute")}",
        { } l => Plural(Math.Max(1, l.Minutes), "minute"),
    };

    static string Plural(int count, string unit) => string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? "" : "s")}");
}
