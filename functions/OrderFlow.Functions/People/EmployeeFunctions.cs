using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.People;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.People;

public sealed class EmployeeFunctions(EmployeeDirectory directory, EmployeeImport import)
{
    [Function("PutEmployee")]
    [Description("Creates or replaces an employee: name, email, department, manager, IANA time zone, active. The answer names who saved it (\"updatedBy\":{\"id\",\"name\",\"kind\"}).")]
    public async Task<IResult> PutAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/employees/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var (employee, error) = await JsonBody.ReadValidAsync<EmployeeInput, Employee>(request, (input, errors) => input.Validate(id, errors), cancellationToken);
        if (error is not null)
        {
            return error;
        }
        return TypedResults.Ok(await directory.SaveAsync(employee!, request.Actor(), cancellationToken));
    }

    [Function("ImportEmployees")]
    [Description("Imports employees from a CSV file with a header row; any bad row refuses the whole file.")]
    public async Task<IResult> ImportAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/employees/import")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentType is not { } type || !type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Status(StatusCodes.Status415UnsupportedMediaType, "The body must be text/csv with a header row.");
        }
        if (await JsonBody.RawAsync(request, cancellationToken) is not { } raw)
        {
            return Problems.Status(StatusCodes.Status413PayloadTooLarge, $"The file is over {JsonBody.MaxBytes / 1024} KiB.");
        }
        var (imported, errors) = await import.ImportAsync(raw, request.Actor(), cancellationToken);
        return errors.IsEmpty ? TypedResults.Ok(new { imported = imported.Count }) : Problems.Validation(errors);
    }
}
