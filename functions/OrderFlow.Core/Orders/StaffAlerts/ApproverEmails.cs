using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using OrderFlow.Core.Email;

namespace OrderFlow.Core.Orders.StaffAlerts;

/// <summary>Which email an approver gets about a hold: when it starts, or the reminder before it times out.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApproverEmailKind>))]
public enum ApproverEmailKind { Hold, Reminder }

/// <summary>
/// The email that asks one approver to decide on an order on hold: what the order is, why it waits, how long is left,
/// its page, and that approver's own approve and reject links. One per order, approver and kind (its outbox key).
/// </summary>
public static class ApproverEmails
{
    public static EmailMessage Compose(OrderRecord order, string approver, ApproverEmailKind kind, DateTimeOffset holdEndsAt, DateTimeOffset now, Uri orderPage)
    {
        var name = order.ExternalId;
        var subject = kind == ApproverEmailKind.Reminder
            ? $"Reminder: order {name} waits for your approval, {TimeLeft(holdEndsAt - now)} left"
            : $"Order {name} waits for your approval";
        var key = $"order/{order.OrderId}/approver-{kind.ToString().ToLowerInvariant()}/{approver.ToLowerInvariant()}";
        return new EmailMessage(key, approver, approver, subject, Text(order, approver, holdEndsAt, now, orderPage), Links: ApprovalLinks.EmailLinksFor(order.OrderId, approver, holdEndsAt));
    }

    static string Text(OrderRecord order, string approver, DateTimeOffset holdEndsAt, DateTimeOffset now, Uri orderPage)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Order {order.ExternalId} ({order.OrderId}) is on hold until someone approves or rejects it.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Why it is on hold: {HoldReason(order) ?? "not recorded"}\n");
        text.Append(CultureInfo.InvariantCulture, $"Time left: {TimeLeft(holdEndsAt - now)}, until {holdEndsAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC; without a decision by then the order is rejected.\n");
        if (order.Priced is { } priced)
        {
            text.Append(CultureInfo.InvariantCulture, $"Customer: {priced.CustomerName} ({priced.CustomerId})\n");
            text.Append(CultureInfo.InvariantCulture, $"Total: {priced.Gross.ToDisplayString()} (net {priced.Net.ToDisplayString()})\n");
            foreach (var line in priced.Lines)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {line.Quantity} x {line.Sku} {line.Description}: {priced.InCurrency(line.NetMinor).ToDisplayString()} net\n");
            }
        }
        text.Append(CultureInfo.InvariantCulture, $"\nThe order: {orderPage}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Approve: {ApprovalLinks.ApproveMarker}\nReject:  {ApprovalLinks.RejectMarker}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Each link asks you to confirm first. They are yours ({approver}): the decision is recorded in your name, each works once, and the first decision on the order stands.\n");
        return text.ToString();
    }

    /// <summary>Why the order was held, as the hold recorded it.</summary>
    public static string? HoldReason(OrderRecord order) => order.Timeline.LastOrDefault(t => t.Stage == Milestone.OnHold)?.Detail;

    /// <summary>"2 days 4 hours", "3 hours 20 minutes", "5 minutes": enough to act on, never "0" while time is left.</summary>
    public static string TimeLeft(TimeSpan left)
    {
        if (left <= TimeSpan.Zero)
        {
            return "no time";
        }
        static string Of(int count, string unit) => $"{count} {unit}{(count == 1 ? "" : "s")}";
        return left.TotalDays >= 1 ? $"{Of(left.Days, "day")} {Of(left.Hours, "hour")}"
            : left.TotalHours >= 1 ? $"{Of(left.Hours, "hour")} {Of(left.Minutes, "minute")}"
            : Of(Math.Max(1, (int)Math.Ceiling(left.TotalMinutes)), "minute");
    }
}
