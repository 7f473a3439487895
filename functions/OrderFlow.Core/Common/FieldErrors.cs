namespace OrderFlow.Core.Common;

/// <summary>Every problem with an input, by field path ("lines[0].quantity"), so one answer lists them all.</summary>
public sealed class FieldErrors
{
    readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsEmpty => errors.Count == 0;

    /// <summary>How many messages were recorded, so a caller can tell whether its own checks added any.</summary>
    public int Count => errors.Values.Sum(m => m.Count);

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }
        messages.Add(message);
    }

    /// <summary>Records <paramref name="message"/> when <paramref name="condition"/> fails; answers the condition.</summary>
    public bool Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            Add(field, message);
        }
        return condition;
    }

    /// <summary>The messages for one field, none when it is fine.</summary>
    public IReadOnlyList<string> For(string field) => errors.TryGetValue(field, out var messages) ? messages : [];

    /// <summary>Every field with its messages, in the order they were first found.</summary>
    public IEnumerable<(string Field, IReadOnlyList<string> Messages)> ByField => errors.Select(e => (e.Key, (IReadOnlyList<string>)e.Value));

    public IDictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
