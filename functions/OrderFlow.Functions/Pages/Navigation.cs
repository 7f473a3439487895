using OrderFlow.Core.Access;
using OrderFlow.Functions.Access;

namespace OrderFlow.Functions.Pages;

/// <summary>A section of the back office: where it lives and which function serves it (whose access rule says who sees it).</summary>
public sealed record Section(string Label, string Path, string FunctionName, string Purpose);

/// <summary>
/// The sections the nav and the home page offer. Add a page's section here; each viewer sees only those their roles
/// open, by the same access table that guards the page itself.
/// </summary>
public static class Navigation
{
    public static IReadOnlyList<Section> Sections { get; } =
    [
        new("Home", "/", "Home", "Where you are and what you can open."),
        new("Sales dashboard", "/api/dashboard", "Dashboard", "Order KPIs: cycle times, fulfilment and on-time rates."),
        new("Engagement dashboard", "/api/engagement/dashboard", "EngagementDashboard", "eNPS over time, with the anonymity rules applied."),
    ];

    public static IEnumerable<Section> For(StaffPrincipal viewer) =>
        Sections.Where(s => AccessTable.For(s.FunctionName) is { } rule && (rule.Roles.Count == 0 || viewer.HoldsAny(rule.Roles)));
}
