using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Common;

namespace OrderFlow.Functions.Http;

/// <summary>RFC 9457 problem responses (application/problem+json); field problems carry an "errors" map.</summary>
public static class Problems
{
    public static IResult Validation(FieldErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: "The request has invalid fields.");

    public static IResult Field(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The request has invalid fields.");

    public static IResult Status(int status, string title, string? detail = null) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    public static IResult NotFound(string what) => Status(StatusCodes.Status404NotFound, $"{what} was not found.");
}
