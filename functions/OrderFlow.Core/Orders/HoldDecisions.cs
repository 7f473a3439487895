namespace OrderFlow.Core.Orders;

/// <summary>The decision an order on hold gets, claimed once on its record (<see cref="OrderRecord.Decision"/>).</summary>
public static class HoldDecisions
{
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";

    /// <summary>Claimed by the workflow when the hold's time is up and nobody decided.</summary>
    public const string TimedOut = "TimedOut";

    /// <summary>Why a further decision is refused, in words for an API answer.</summary>
    public static string AlreadyMade(string decision) => decision == TimedOut
        ? "The order's approval hold has timed out already."
        : $"The order was {decision.ToLowerInvariant()} already.";
}
