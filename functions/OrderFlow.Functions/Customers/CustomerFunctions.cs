using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Customers;

public sealed class CustomerFunctions(CustomerDirectory customers)
{
    [Function("PutCustomer")]
    [Description("Creates or replaces a customer: name, email, credit limit and shipping address.")]
    public async Task<IResult> PutAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "customers/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<CustomerInput>(request, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }
        var errors = new FieldErrors();
        if (body.Value!.Validate(id, errors) is not { } customer)
        {
            return Problems.Validation(errors);
        }
        await customers.SaveAsync(customer, cancellationToken);
        return TypedResults.Ok(customer);
    }
}
