using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;
using OrderFlow.Functions.Http;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.Customers;

/// <summary>
/// One customer as sales and finance see them: details, order history (newest first), open invoices with their total,
/// and for Sales the credit-limit form, saved as PUT /api/customers/{id} saves a customer, with the viewer recorded.
/// </summary>
public sealed class CustomerPage(CustomerDirectory customers, OrderBook orders, InvoiceList invoices, TimeProvider time)
{
    public const string CreditLimitSaved = "credit-limit-saved";
    public const string CreditLimitFunction = "CustomerCreditLimitPage";
    public const string CurrencyField = "creditLimitCurrency";
    const int OrdersPerPage = 20;
    const int MaxFormBytes = 4 * 1024;

    public static string PathOf(CustomerId id) => $"{CustomerListPage.Path}/{Uri.EscapeDataString(id.Value)}";

    [Function("CustomerPage")]
    [Description("A customer's details, order history, open invoices and totals, and the credit-limit form.")]
    public async Task<IResult> ShowAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "customers/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) is { } customer
            ? await PageAsync(request, customer, null, null, StatusCodes.Status200OK, cancellationToken)
            : NotFound(request);

    [Function(CreditLimitFunction)]
    [Description("Sets or removes a customer's credit limit from the customer page.")]
    public async Task<IResult> SetCreditLimitAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "customers/{id}/credit-limit")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var (fields, refusal) = await FormFields.ReadAsync(request, MaxFormBytes, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        if (await FindAsync(id, cancellationToken) is not { } customer)
        {
            return NotFound(request);
        }
        var amount = fields!["creditLimit"];
        var limit = amount is null ? null : new MoneyDto((fields[CurrencyField] ?? "").ToUpperInvariant(), amount);
        var errors = new FieldErrors();
        if (!CustomerInput.CheckCreditLimit(limit, errors))
        {
            return await PageAsync(request, customer, errors, fields, StatusCodes.Status400BadRequest, cancellationToken);
        }
        await customers.SaveAsync(customer with { CreditLimit = limit }, request.Actor(), cancellationToken);
        return BackOfficePage.Done(PathOf(customer.Id), CreditLimitSaved);
    }

    async Task<Customer?> FindAsync(string id, CancellationToken cancellationToken) =>
        CustomerId.TryParse(id, out var customerId) ? await customers.FindAsync(customerId, cancellationToken) : null;

    async Task<IResult> PageAsync(HttpRequest request, Customer customer, FieldErrors? errors, FormFields? posted, int status, CancellationToken cancellationToken)
    {
        var history = orders.QueryAsync(new OrderQuery(null, null, null, customer.Id), OrdersPerPage, Pager.Token(request), cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var open = invoices.PageAsync(new InvoiceQuery(null, null, StatusFilter.Unpaid, customer.Id.Value) { OverdueAsOf = today }, InvoiceList.MaxPageSize, null, cancellationToken);
        var (items, next) = await history;
        var content = CustomerHtml.Render(request, customer, items, next, (await open).Items, today, errors, posted);
        return BackOfficePage.Show(request, customer.Name, content, status);
    }

    static HtmlPage NotFound(HttpRequest request) =>
        BackOfficePage.Show(request, "Customer not found", $"<p>There is no such customer. {DataTable.Link(CustomerListPage.Path, "Search the customers")}.</p>", StatusCodes.Status404NotFound);
}
