using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders.Import;

public enum ImportResult { Imported, AlreadyPresent, Refused }

/// <summary>What became of one line (numbered from 1, blank lines counted): its order, or its field problems.</summary>
public sealed record LineOutcome(int Line, OrderId? OrderId, ImportResult Result, FieldErrors? Errors)
{
    public static LineOutcome Refused(int line, FieldErrors errors) => new(line, null, ImportResult.Refused, errors);
}

/// <summary>The answer to an import: how many lines went in, were there already, or were refused, and each line's outcome.</summary>
public sealed record ImportReport(int Imported, int AlreadyPresent, int Refused, IReadOnlyList<LineOutcome> Lines)
{
    public static ImportReport Of(IReadOnlyList<LineOutcome> lines) => new(
        lines.Count(l => l.Result == ImportResult.Imported),
        lines.Count(l => l.Result == ImportResult.AlreadyPresent),
        lines.Count(l => l.Result == ImportResult.Refused),
        lines);
}
