using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderFlow.Core.Common;

namespace OrderFlow.Tests.GeneratedInputs;

/// <summary>What a door answered: its status and the fields its problem names.</summary>
public sealed record DoorAnswer(int Status, IReadOnlyList<string> Fields)
{
    public static readonly DoorAnswer Accepted = new(StatusCodes.Status202Accepted, []);

    public static DoorAnswer Refused(FieldErrors errors) => new(StatusCodes.Status400BadRequest, [.. errors.ToDictionary().Keys]);

    public static DoorAnswer Of(IResult result) => result switch
    {
        ValidationProblem problem => new(problem.StatusCode, [.. problem.ProblemDetails.Errors.Keys]),
        IStatusCodeHttpResult { StatusCode: { } status } => new(status, []),
        _ => throw new InvalidOperationException($"{result.GetType().Name} carries no status."),
    };

    /// <summary>The property every door keeps: a 2xx, or a 4xx problem naming at least one field. Runs count answers by status.</summary>
    public Property ExpectSuccessOrFieldProblem() => Prop.Collect(
        () => Expect.That(
            Status is >= 200 and < 300 || (Status is >= 400 and < 500 && Fields.Count > 0 && Fields.All(f => f.Length > 0)),
            $"answered {Status} naming [{string.Join(", ", Fields)}]"),
        Status);
}

/// <summary>A property's check: throws with what went wrong, which FsCheck reports with the input and the seed.</summary>
public static class Expect
{
    public static void That(bool holds, string what)
    {
        if (!holds)
        {
            throw new PropertyFailedException(what);
        }
    }
}

public sealed class PropertyFailedException(string message) : Exception(message);
