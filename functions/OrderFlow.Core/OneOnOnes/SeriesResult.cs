using OrderFlow.Core.Common;

namespace OrderFlow.Core.OneOnOnes;

public enum SeriesProblem
{
    None,
    NotFound,

    /// <summary>The series was cancelled: it cannot change any more.</summary>
    Cancelled,
    Invalid,
}

/// <summary>What a change to a series came to: the series, or why not (with field errors when invalid).</summary>
public sealed record SeriesResult(SeriesProblem Problem, OneOnOneSeries? Series = null, FieldErrors? Errors = null, bool Created = false)
{
    public static SeriesResult Ok(OneOnOneSeries series, bool created = false) => new(SeriesProblem.None, series, Created: created);

    public static SeriesResult Invalid(FieldErrors errors) => new(SeriesProblem.Invalid, Errors: errors);

    public static SeriesResult Invalid(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return Invalid(errors);
    }

    public static readonly SeriesResult NotFound = new(SeriesProblem.NotFound);

    public static readonly SeriesResult Cancelled = new(SeriesProblem.Cancelled);
}
