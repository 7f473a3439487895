using System.Text.Json.Serialization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders;

/// <summary>Validation, the approval hold and its one decision.</summary>
public sealed partial record OrderRecord
{
    /// <summary>The first decision on an order on hold, claimed before it is sent, so a second one (a colleague's, a
    /// click twice, the hold timing out) is refused rather than silently ignored.</summary>
    [JsonInclude]
    public HoldDecision? Decision { get; private set; }

    /// <summary>Who made <see cref="Decision"/>; none for a timeout (and for decisions stored before actors were kept).</summary>
    [JsonInclude, JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Actor? DecidedBy { get; private set; }

    /// <summary>The reason given with <see cref="Decision"/>, kept for the workflow should the event not reach it.</summary>
    [JsonInclude]
    public string? DecisionReason { get; private set; }

    /// <summary>Priced and found valid: Validated, with any price overrides and their reasons in the timeline.</summary>
    public OrderChange Validate(PricedOrder priced, DateTimeOffset at)
    {
        if (HasReached(OrderStatus.Validated))
        {
            return OrderChange.Unchanged(this);
        }
        return Status == OrderStatus.Received
            ? OrderChange.To(Enter(OrderStatus.Validated, at, priced.PriceOverrides()) with
            {
                Priced = priced, CustomerId = priced.CustomerId, Currency = priced.Currency, Paid = priced.Paid,
            })
            : WrongStage("validation");
    }

    /// <summary>Found invalid: Rejected with every reason.</summary>
    public OrderChange RejectInvalid(IReadOnlyList<string> reasons, DateTimeOffset at)
    {
        if (HasReached(OrderStatus.Rejected))
        {
            return OrderChange.Unchanged(this);
        }
        return Status == OrderStatus.Received
            ? OrderChange.To(Enter(OrderStatus.Rejected, at, string.Join("; ", reasons)) with { RejectionReasons = reasons })
            : WrongStage("validation");
    }

    /// <summary>
    /// Whether the customer placed it themselves in a shop, and so is told when it is rejected; orders entered by
    /// staff or sent by an integration are answered to whoever sent them.
    /// </summary>
    public bool PlacedInShop => Source is "shopify" or "woocommerce";

    /// <summary>Validated, but a person must approve it first.</summary>
    public OrderChange Hold(string? reason, DateTimeOffset at)
    {
        if (HasReached(OrderStatus.OnHold))
        {
            return OrderChange.Unchanged(this);
        }
        return Status == OrderStatus.Validated ? OrderChange.To(Enter(OrderStatus.OnHold, at, reason)) : WrongStage("holds");
    }

    /// <summary>
    /// Claims the first decision on an order on hold, with who made it (none: the hold's timeout). The same decision
    /// again is a retry and changes nothing; a different one is refused, naming the one that stands.
    /// </summary>
    public OrderChange Decide(HoldDecision decision, string? reason, Actor? by = null)
    {
        if (Decision == decision)
        {
            return OrderChange.Unchanged(this);
        }
        if (Decision is { } standing)
        {
            return OrderChange.Refused(this, AlreadyMade(standing));
        }
        return Status == OrderStatus.OnHold ? OrderChange.To(this with { Decision = decision, DecisionReason = reason, DecidedBy = by }) : WrongStage("approval events");
    }

    /// <summary>Whether an approval or rejection may be sent now: null when it may.</summary>
    public Refusal? WhyNotDecide() => Status == OrderStatus.OnHold ? null
        : Decision is { } standing ? new Refusal(AlreadyMade(standing))
        : WrongStage("approval events").Refusal;

    /// <summary>Why a further decision is refused, in words for an API answer.</summary>
    static string AlreadyMade(HoldDecision decision) => decision == HoldDecision.TimedOut
        ? "The order's approval hold has timed out already."
        : $"The order was {decision.ToString().ToLowerInvariant()} already.";

    /// <summary>Approved while on hold, by whoever claimed the decision: a milestone, the order moves on to its reservation.</summary>
    public OrderChange Approve(string? reason, DateTimeOffset at) =>
        Status == OrderStatus.OnHold ? OrderChange.To(Mark(Milestone.Approved, at, reason, DecidedBy)) : WrongStage("approvals");

    /// <summary>Rejected on approval (by whoever claimed the decision), or left unanswered past the hold's timeout.</summary>
    public OrderChange RejectOnHold(string? why, DateTimeOffset at)
    {
        if (HasReached(OrderStatus.Rejected))
        {
            return OrderChange.Unchanged(this);
        }
        return Status == OrderStatus.OnHold ? OrderChange.To(Enter(OrderStatus.Rejected, at, why, Decision == HoldDecision.Rejected ? DecidedBy : null).OweRefunds(at)) : WrongStage("rejections");
    }
}
