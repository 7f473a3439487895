using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Products;
using OrderFlow.Functions.Http;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.NewOrder;

/// <summary>
/// Direct entry in the browser. The post runs the API's checks (<see cref="DirectEntry.Check"/>) and then the
/// workflow's own validation as a dry run (<see cref="DirectEntry.PreviewAsync"/>), so the person sees every problem
/// beside its field instead of a Rejected order; an order that would wait for approval or stock is entered only when
/// they say so. It is entered through the API's intake, with the viewer as who entered it.
/// </summary>
public sealed class NewOrderPage(DirectEntry entry, CustomerDirectory customers, ProductCatalogue products, StockLedger stock)
{
    public const string Path = "/orders/new";
    public const string SearchParameter = "customer";
    public const string Entered = "entered";
    public const string AlreadyEntered = "already-entered";
    const int SearchResults = 10;
    const int MaxFormBytes = 64 * 1024;

    [Function("NewOrderPage")]
    [Description("The new-order form: customer search, products with price and stock, lines, shipping address.")]
    public async Task<IResult> ShowAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "orders/new")] HttpRequest request, CancellationToken cancellationToken)
    {
        var chosen = request.Query[NewOrderForm.CustomerField].FirstOrDefault();
        var customer = CustomerId.TryParse(chosen, out var id) ? await customers.FindAsync(id, cancellationToken) : null;
        return await PageAsync(request, NewOrderForm.Blank(customer), null, [], StatusCodes.Status200OK, cancellationToken);
    }

    [Function("EnterOrderPage")]
    [Description("Posts the new-order form: adds a line row, or checks and enters the order, then redirects to it.")]
    public async Task<IResult> EnterAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "orders/new")] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken)
    {
        var (fields, refusal) = await FormFields.ReadAsync(request, MaxFormBytes, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var form = NewOrderForm.From(fields!);
        if (fields!["action"] == NewOrderHtml.AddLine)
        {
            return await PageAsync(request, form.WithAnotherRow(), null, [], StatusCodes.Status200OK, cancellationToken);
        }
        var (order, rowOf) = form.ToOrder();
        var errors = form.OnRows(DirectEntry.Check(order), rowOf);
        var preview = errors.IsEmpty ? await entry.PreviewAsync(order, cancellationToken) : null;
        if (preview is not null)
        {
            errors = form.OnRows(preview.Errors, rowOf);
        }
        var warnings = preview?.Warnings ?? [];
        if (errors.IsEmpty && warnings.Count > 0 && form[NewOrderForm.AcceptWarnings] != CheckBox.Ticked)
        {
            errors.Add(NewOrderForm.AcceptWarnings, string.Join(" ", warnings) + " Tick the box to enter it anyway.");
        }
        if (!errors.IsEmpty)
        {
            return await PageAsync(request, form, errors, warnings, StatusCodes.Status400BadRequest, cancellationToken);
        }
        var result = await entry.EnterAsync(durable, order, JsonSerializer.SerializeToUtf8Bytes(order, JsonBody.Options), request.Actor(), cancellationToken);
        return BackOfficePage.Done($"/orders/{result.OrderId}", result.Duplicate ? AlreadyEntered : Entered);
    }

    async Task<IResult> PageAsync(HttpRequest request, NewOrderForm form, FieldErrors? errors, IReadOnlyList<string> warnings, int status, CancellationToken cancellationToken)
    {
        var catalogue = await Catalogue.LoadAsync(products, stock, cancellationToken);
        var search = HttpMethods.IsGet(request.Method) ? request.Query[SearchParameter].FirstOrDefault() : null;
        IReadOnlyList<Customer>? found = string.IsNullOrWhiteSpace(search) ? null : (await customers.SearchAsync(search.Trim(), SearchResults, null, cancellationToken)).Items;
        return BackOfficePage.Show(request, "New order", NewOrderHtml.Render(form, catalogue, search, found, errors, warnings), status);
    }
}
