using System.Globalization;
using System.Text.Json.Serialization;

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

    /// <summary>The terms as the invoice states them (UBL PaymentTerms, BT-20).</summary>
    public override string ToString() => (NetDays, FromMonthEnd) switch
    {
        (0, false) => "Due on receipt",
        (0, true) => "Due at the end of the month",
        (var days, false) => string.Create(CultureInfo.InvariantCulture, $"{days} days net"),
        (var days, true) => string.Create(CultureInfo.InvariantCulture, $"{days} days net from the end of the month"),
    };
}
