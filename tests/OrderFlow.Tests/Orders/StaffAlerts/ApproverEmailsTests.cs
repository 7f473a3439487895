using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.StaffAlerts;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Orders.StaffAlerts;

public class ApproverEmailsTests
{
    static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    static readonly DateTimeOffset EndsAt = At.AddDays(3);
    static readonly Uri Page = new("https://orderflow.example/orders/api-1");
    static readonly OrderRecord OnHold = OrderJourney.Received("api-1", At).Validate(OrderJourney.Priced("api-1", customerId: "c-7"), At).Order.Hold("Over 2000.00 EUR.", At).Order;

    [Fact]
    public void Compose_Hold_OneApproversEmailWithReasonTimeLeftPageAndBothMarkers()
    {
        var email = ApproverEmails.Compose(OnHold, "oliver@example.com", ApproverEmailKind.Hold, EndsAt, At.AddHours(1), Page);

        Assert.Equal(("oliver@example.com", "Order api-1 waits for your approval", "order/api-1/approver-hold/oliver@example.com"), (email.To, email.Subject, email.DeduplicationKey));
        Assert.Contains("Why it is on hold: Over 2000.00 EUR.", email.Text, StringComparison.Ordinal);
        Assert.Contains("Time left: 2 days 23 hours, until 2026-12-04 09:00 UTC", email.Text, StringComparison.Ordinal);
        Assert.Contains("Customer: C (c-7)", email.Text, StringComparison.Ordinal);
        Assert.Contains("The order: https://orderflow.example/orders/api-1", email.Text, StringComparison.Ordinal);
        Assert.Contains($"Approve: {ApprovalLinks.ApproveMarker}\nReject:  {ApprovalLinks.RejectMarker}", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Hold_LinksNameTheOrderTheApproverAndTheDecisionAndExpireWithTheHold()
    {
        var links = ApproverEmails.Compose(OnHold, "oliver@example.com", ApproverEmailKind.Hold, EndsAt, At, Page).Links!;

        Assert.Equal([ApprovalLinks.ApproveMarker, ApprovalLinks.RejectMarker], links.Select(l => l.Marker));
        Assert.All(links, l => Assert.Equal((ApprovalLinks.Path, ApprovalLinks.Purpose, EndsAt), (l.Path, l.Claims.Purpose, l.Claims.ExpiresAt)));
        Assert.Equal(
            [new ApprovalLink(OnHold.OrderId, "oliver@example.com", true, EndsAt), new ApprovalLink(OnHold.OrderId, "oliver@example.com", false, EndsAt)],
            links.Select(l => ApprovalLinks.Read(l.Claims)));
    }

    [Fact]
    public void Compose_ReminderForEachApprover_OwnKeysAndTheTimeLeftInTheSubject()
    {
        var oliver = ApproverEmails.Compose(OnHold, "Oliver@Example.com", ApproverEmailKind.Reminder, EndsAt, EndsAt.AddDays(-1), Page);
        var ethan = ApproverEmails.Compose(OnHold, "ethan@example.com", ApproverEmailKind.Reminder, EndsAt, EndsAt.AddDays(-1), Page);

        Assert.Equal("Reminder: order api-1 waits for your approval, 1 day 0 hours left", oliver.Subject);
        Assert.Equal(["order/api-1/approver-reminder/oliver@example.com", "order/api-1/approver-reminder/ethan@example.com"], new[] { oliver.DeduplicationKey, ethan.DeduplicationKey });
    }

    [Theory]
    [InlineData(0, "no time")]
    [InlineData(20, "1 minute")]
    [InlineData(59 * 60, "59 minutes")]
    [InlineData(3 * 3600 + 20 * 60, "3 hours 20 minutes")]
    [InlineData(2 * 86400 + 4 * 3600, "2 days 4 hours")]
    public void TimeLeft_Seconds_ReadableAndNeverZeroWhileTimeIsLeft(int seconds, string expected)
    {
        Assert.Equal(expected, ApproverEmails.TimeLeft(TimeSpan.FromSeconds(seconds)));
    }
}
