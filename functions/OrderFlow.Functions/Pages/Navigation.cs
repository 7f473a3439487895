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
        new("Work queue", "/work", "WorkQueuePage", "Orders waiting for you: approvals, backorders, flagged orders, refunds due, late stages."),
        new("Orders", "/orders", "OrderListPage", "Find an order and act on it."),
        new("New order", "/orders/new", "NewOrderPage", "Enter an order a customer phoned or emailed in."),
        new("Customers", "/customers", "CustomerListPage", "Customers, their orders, open invoices and credit limits."),
        new("Products", "/products", "ProductListPage", "The catalogue: names, prices, reorder points."),
        new("Inventory", "/inventory", "InventoryPage", "Stock per product and warehouse, backordered demand, adjustments."),
        new("Finance", "/finance", "FinancePage", "Invoices, credit notes, open items and downloads."),
        new("Dashboard", "/dashboard", "DashboardPage", "Order KPIs and engagement, as far as your roles see."),
        new("Employees", "/people/employees", "EmployeesPage", "The employee directory and its CSV upload."),
        new("Surveys", "/people/surveys", "SurveysPage", "Pulse surveys: questions, rounds, results and eNPS."),
        new("One-to-ones", "/people/one-on-ones", "OneOnOnesPage", "Recurring one-to-ones: your own as a manager, schedules for People."),
    ];

    public static IEnumerable<Section> For(StaffPrincipal viewer) =>
        Sections.Where(s => AccessTable.Opens(s.FunctionName, viewer));
}
