using System.Text;

namespace OrderFlow.Core.Invoicing;

/// <summary>Filters of the finance list; each optional. Issue times: <see cref="From"/> inclusive, <see cref="To"/> exclusive.</summary>
public sealed record InvoiceQuery(DateTimeOffset? From, DateTimeOffset? To, StatusFilter? Status, string? CustomerId)
{
    /// <summary>The day <see cref="StatusFilter.Overdue"/> is judged on (the app's UTC date when the list is asked for).</summary>
    public DateOnly OverdueAsOf { get; init; }

    /// <summary>What storage cannot filter by: whether a due date has passed, which the stored document knows.</summary>
    public bool Keeps(Invoice document) => Status != StatusFilter.Overdue || document.IsOverdue(OverdueAsOf);
}

/// <summary>
/// A document status; Unpaid: the open items (invoices Issued or PartiallyPaid); Overdue: open items whose due date
/// has passed (<see cref="Invoice.IsOverdue"/>).
/// </summary>
public enum StatusFilter { Issued, PartiallyPaid, Paid, Credited, Unpaid, Overdue }

public sealed record InvoicePage(IReadOnlyList<Invoice> Items, ListCursor? Next);

/// <summary>
/// Where a list stopped: the date row of the last document it returned. The next page starts just after it, so
/// documents added meanwhile never shift a page: nothing is returned twice and nothing that was there is skipped.
/// On the wire it is an opaque token (base64url); a token that does not decode to a date row is refused.
/// </summary>
public readonly record struct ListCursor(string AfterRow)
{
    const string Version = "v1|";

    public int Year => int.Parse(AfterRow.AsSpan(5, 4), System.Globalization.CultureInfo.InvariantCulture);

    public string ToToken() => Convert.ToBase64String(Encoding.UTF8.GetBytes(Version + AfterRow)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryParse(string? token, out ListCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(token) || token.Length > 200)
        {
            return false;
        }
        var base64 = token.Replace('-', '+').Replace('_', '/');
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='), bytes, out var length))
        {
            return false;
        }
        var text = Encoding.UTF8.GetString(bytes, 0, length);
        if (!text.StartsWith(Version, StringComparison.Ordinal) || !LedgerRows.TryParseDateRow(text[Version.Length..]))
        {
            return false;
        }
        cursor = new ListCursor(text[Version.Length..]);
        return true;
    }
}
