using OrderFlow.Core.Email;
using OrderFlow.Core.Security;

namespace OrderFlow.Core.Orders.StaffAlerts;

/// <summary>
/// An approver's emailed "approve" or "reject" link for one order: the claims name the order, the approver's address
/// and the decision, and expire when the hold times out. Signed as the email is sent (<see cref="EmailLink"/>).
/// </summary>
public static class ApprovalLinks
{
    public const string Purpose = "approval";
    public const string Path = "api/a";
    public const string ApproveMarker = "{approve-link}";
    public const string RejectMarker = "{reject-link}";

    public static LinkClaims ClaimsFor(OrderId orderId, string approver, bool approve, DateTimeOffset holdEndsAt) =>
        new(Purpose, [orderId.Value, approver, approve ? "approve" : "reject"], holdEndsAt);

    public static IReadOnlyList<EmailLink> EmailLinksFor(OrderId orderId, string approver, DateTimeOffset holdEndsAt) =>
    [
        new(Path, ClaimsFor(orderId, approver, approve: true, holdEndsAt), ApproveMarker),
        new(Path, ClaimsFor(orderId, approver, approve: false, holdEndsAt), RejectMarker),
    ];

    /// <summary>What a verified link grants, or null when its claims are not an approval link's.</summary>
    public static ApprovalLink? Read(LinkClaims claims) =>
        claims is { Purpose: Purpose, Ids: [var order, var approver, var decision and ("approve" or "reject")] } && OrderId.TryParse(order, out var orderId)
            ? new ApprovalLink(orderId, approver, decision == "approve", claims.ExpiresAt)
            : null;
}

/// <summary>One approver's link to approve (or reject) one order, valid until <paramref name="HoldEndsAt"/>.</summary>
public sealed record ApprovalLink(OrderId OrderId, string Approver, bool Approve, DateTimeOffset HoldEndsAt)
{
    public string Decision => Approve ? "approve" : "reject";
}
