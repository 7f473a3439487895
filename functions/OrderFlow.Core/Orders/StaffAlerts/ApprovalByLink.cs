using Microsoft.DurableTask.Client;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders.Events;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.Core.People;
using OrderFlow.Core.Security;

namespace OrderFlow.Core.Orders.StaffAlerts;

/// <summary>What an approval link leads to now.</summary>
public enum LinkState
{
    /// <summary>Not a link we signed for an order we know: the page says nothing more.</summary>
    NotFound,
    Expired,
    AlreadyUsed,

    /// <summary>Someone decided first, or the hold timed out: <see cref="LinkAnswer.Standing"/> says which.</summary>
    AlreadyDecided,

    /// <summary>The order is not on hold (cancelled, say): <see cref="LinkAnswer.Why"/> says so.</summary>
    NotOnHold,
    Confirm,
    Decided,
}

public sealed record LinkAnswer(LinkState State, ApprovalLink? Link = null, OrderRecord? Order = null, HoldDecision? Standing = null, string? Why = null);

/// <summary>
/// An approver's emailed link: opening it shows what it would decide and changes nothing; confirming records the
/// decision with the approver as actor, through the same path as POST /api/orders/{id}/approve|reject (the first
/// decision wins). Each link decides once: its use is claimed before the decision and given back if the decision fails.
/// </summary>
public sealed class ApprovalByLink(SignedLinks links, OrderBook orders, OrderEventRelay relay, ApprovalLinkUses uses, EmployeeDirectory people, TimeProvider time)
{
    public async Task<LinkAnswer> OpenAsync(string token, CancellationToken cancellationToken)
    {
        var check = links.Verify(token, ApprovalLinks.Purpose);
        if (check.Claims is not { } claims || ApprovalLinks.Read(claims) is not { } link)
        {
            return new LinkAnswer(LinkState.NotFound);
        }
        if (check.Status == LinkStatus.Expired)
        {
            return new LinkAnswer(LinkState.Expired, link);
        }
        if (await orders.FindAsync(link.OrderId, cancellationToken) is not { } order)
        {
            return new LinkAnswer(LinkState.NotFound);
        }
        if (await uses.WasUsedAsync(link.OrderId, token, cancellationToken))
        {
            return new LinkAnswer(LinkState.AlreadyUsed, link, order, order.Decision);
        }
        return Current(link, order);
    }

    /// <summary>Decides as the link says, with the reason the approver gave (checked by the caller as the API checks it).</summary>
    public async Task<LinkAnswer> DecideAsync(DurableTaskClient durable, string token, string? reason, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(token, cancellationToken);
        if (opened is not { State: LinkState.Confirm, Link: { } link })
        {
            return opened;
        }
        if (!await uses.TryUseAsync(link, token, time.GetUtcNow(), cancellationToken))
        {
            return opened with { State = LinkState.AlreadyUsed };
        }
        var decision = new ApprovalDecision(link.Approve, reason, await ActorAsync(link.Approver, cancellationToken));
        EventOutcome outcome;
        try
        {
            outcome = await relay.SendAsync(durable, link.OrderId, OrderEvents.Approval, _ => new EventPayload(decision), cancellationToken);
        }
        catch
        {
            await uses.ReturnAsync(link, token);
            throw;
        }
        if (outcome != EventOutcome.Accepted)
        {
            // Another decision came first, or the order left its hold: this link decided nothing.
            await uses.ReturnAsync(link, token);
            return await orders.FindAsync(link.OrderId, cancellationToken) is { } now ? Current(link, now) : new LinkAnswer(LinkState.NotFound);
        }
        return opened with { State = LinkState.Decided };
    }

    static LinkAnswer Current(ApprovalLink link, OrderRecord order) =>
        order.Decision is { } standing ? new LinkAnswer(LinkState.AlreadyDecided, link, order, standing)
        : order.WhyNotDecide() is { } refusal ? new LinkAnswer(LinkState.NotOnHold, link, order, Why: refusal.Why)
        : new LinkAnswer(LinkState.Confirm, link, order);

    /// <summary>The approver as the directory names them, or by their address when it does not know it.</summary>
    async Task<Actor> ActorAsync(string address, CancellationToken cancellationToken)
    {
        var employee = (await people.AllActiveAsync(cancellationToken)).FirstOrDefault(e => string.Equals(e.Email, address, StringComparison.OrdinalIgnoreCase));
        return Actor.Person(address, employee?.Name ?? address);
    }
}
