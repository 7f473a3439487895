using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Customers;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Customers;

public sealed class CustomerFunctions(CustomerDirectory customers)
{
    [Function("PutCustomer")]
    [Description("Creates or replaces a customer: name, email, credit limit, shipping address, VAT ID, Peppol electronic address, payment terms and language (\"en\" or \"de\", for their emails). The answer names who saved it (\"updatedBy\":{\"id\",\"name\",\"kind\"}).")]
    public async Task<IResult> PutAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/customers/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var (customer, error) = await JsonBody.ReadValidAsync<CustomerInput, Customer>(request, (input, errors) => input.Validate(id, errors), cancellationToken);
        if (error is not null)
        {
            return error;
        }
        return TypedResults.Ok(await customers.SaveAsync(customer!, request.Actor(), cancellationToken));
    }
}
