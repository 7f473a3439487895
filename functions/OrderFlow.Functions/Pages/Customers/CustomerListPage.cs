using System.ComponentModel;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.Customers;

/// <summary>The customers, searched by name or ID, a page at a time; each links to its customer page.</summary>
public sealed class CustomerListPage(CustomerDirectory customers)
{
    public const string Path = "/customers";
    public const string SearchParameter = "q";
    public const int PageSize = 25;

    [Function("CustomerListPage")]
    [Description("Customers found by name or ID, paged, each linking to their page.")]
    public async Task<IResult> ShowAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "customers")] HttpRequest request, CancellationToken cancellationToken)
    {
        var search = request.Query[SearchParameter].FirstOrDefault()?.Trim();
        var (found, after) = await customers.SearchAsync(search, PageSize, Pager.Token(request), cancellationToken);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"get\" action=\"{Path}\" role=\"search\" class=\"filters\">")
            .Append(Fields.Text(SearchParameter, "Name or customer ID", search, type: "search"))
            .Append("<div class=\"field\"><button type=\"submit\">Search</button></div></form>");
        html.Append(DataTable.Render(
            string.IsNullOrEmpty(search) ? "Customers by ID" : $"Customers matching “{search}”",
            ["Customer", "ID", "Email", "City", "Credit limit"],
            found.Select(c => (IReadOnlyList<string>)[
                DataTable.Link(CustomerPage.PathOf(c.Id), c.Name), HtmlPage.Encode(c.Id.Value), HtmlPage.Encode(c.Email),
                HtmlPage.Encode(c.ShippingAddress?.City), HtmlPage.Encode(CreditLimitText(c.CreditLimit))]),
            "No customer matches."));
        html.Append(Pager.Next(request, after));
        return BackOfficePage.Show(request, "Customers", html.ToString());
    }

    public static string CreditLimitText(MoneyDto? limit) => limit is null ? "none" : $"{limit.Amount} {limit.Currency}";
}
