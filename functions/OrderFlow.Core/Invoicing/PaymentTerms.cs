using System.Text.Json.Serialization;
using OrderFlow.Core.Email.Wording;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// When an invoice is due: <see cref="NetDays"/> days after its issue date, or after the end of its issue month
/// (<see cref="FromMonthEnd"/>, "30 days end of month"). Calendar days, so month ends and leap days count as they fall.
/// </summary>
public readonly record struct PaymentTerms
{
    public const int MaxNetDays = 365;

    [JsonConstructor]
    public PaymentTerms(int netDays, bool fromMonthEnd = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(netDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(netDays, MaxNetDays);
        NetDays = netDays;
        FromMonthEnd = fromMonthEnd;
    }

    public int NetDays { get; }

    public bool FromMonthEnd { get; }

    public static bool IsValid(int netDays) => netDays is >= 0 and <= MaxNetDays;

    public DateOnly DueDate(DateOnly issued)
    {
        var start = FromMonthEnd ? new DateOnly(issued.Year, issued.Month, DateTime.DaysInMonth(issued.Year, issued.Month)) : issued;
        return start.AddDays(NetDays);
    }

    /// <summary>The terms in English, as the finance API and CSV state them; documents state them in the customer's language.</summary>
    public override string ToString() => EnglishWording.Instance.Terms(this);
}
