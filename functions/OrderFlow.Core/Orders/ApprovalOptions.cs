using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders;

/// <summary>
/// Section "OrderFlow:Approval": orders whose gross total exceeds the threshold for their currency, or the
/// customer's credit limit, wait for a person to approve them; without an answer within the timeout they are rejected.
/// Who is asked is <see cref="StaffAlerts.ApproverOptions"/>.
/// </summary>
public sealed class ApprovalOptions
{
    public const string Section = "OrderFlow:Approval";

    /// <summary>Gross amount per currency code above which an order needs approval, e.g. {"EUR": "2000.00"}.</summary>
    public Dictionary<string, string> Thresholds { get; set; } = new(StringComparer.Ordinal) { ["EUR"] = "2000.00", ["USD"] = "2200.00" };

    public TimeSpan Timeout { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How long before the timeout the approvers are reminded; zero, or a hold no longer than this, sends no reminder.</summary>
    public TimeSpan RemindBefore { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A threshold that cannot be read would silently hold nothing, so the app refuses to start with one.</summary>
    public bool ThresholdsAreValid => Thresholds.All(t =>
        Currency.TryParse(t.Key, out var currency) && Money.TryParse(t.Value, currency, out var amount) && !amount.IsNegative);
}
