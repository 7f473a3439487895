using OrderFlow.Core.Common;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>
/// PUT /m/{token} body (and the HTML form): new agenda items, items ticked or unticked by ID, and the viewer's
/// private notes. Every part is optional; what is left out stays as it is.
/// </summary>
public sealed record MeetingChanges(IReadOnlyList<string>? Add, IReadOnlyDictionary<string, bool>? Done, string? Notes)
{
    public const int MaxItemLength = 500;
    public const int MaxItemsAtOnce = 20;

    /// <summary>Checks the changes against the agenda this meeting shows; answers the trimmed new items.</summary>
    public IReadOnlyList<string> Validate(IReadOnlyList<AgendaItem> shown, FieldErrors errors)
    {
        var add = (Add ?? []).Select(t => t?.Trim() ?? "").ToList();
        errors.Require(add.Count <= MaxItemsAtOnce, "add", $"Add at most {MaxItemsAtOnce} items at once.");
        for (var i = 0; i < add.Count; i++)
        {
            errors.Require(add[i].Length is > 0 and <= MaxItemLength, $"add[{i}]", $"An agenda item is 1–{MaxItemLength} characters.");
        }
        foreach (var id in (Done ?? new Dictionary<string, bool>()).Keys)
        {
            errors.Require(shown.Any(i => i.Id == id), $"done.{id}", "This meeting's agenda has no such item.");
        }
        errors.Require(Notes is null || Notes.Length <= PrivateNotes.MaxLength, "notes", $"Notes are at most {PrivateNotes.MaxLength} characters.");
        return add;
    }
}
