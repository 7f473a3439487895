namespace OrderFlow.Core.Orders;

/// <summary>
/// What an event did to an order: its new state, or the order unchanged with the <see cref="Refusal"/> that says why
/// the event is not allowed now. A step applied before (a retry) is unchanged, not refused.
/// </summary>
public sealed record OrderChange(OrderRecord Order, Refusal? Refusal = null)
{
    public static OrderChange To(OrderRecord order) => new(order);

    public static OrderChange Unchanged(OrderRecord order) => new(order);

    public static OrderChange Refused(OrderRecord order, string why, string? field = null) => new(order, new Refusal(why, field));

    public bool IsRefused => Refusal is not null;

    /// <summary>Two events saved as one change: the next applies to this one's state, unless this one was refused.</summary>
    public OrderChange Then(Func<OrderRecord, OrderChange> next) => IsRefused ? this : next(Order);
}

/// <summary>
/// Why an order refuses an event, in words for the API: a conflict with its stage, or, with <paramref name="Field"/>,
/// a value of the request that the order cannot take (a 400 naming that field).
/// </summary>
public sealed record Refusal(string Why, string? Field = null);

/// <summary>An order step the workflow asked for was refused: the workflow and the order disagree.</summary>
public sealed class OrderRefusedException(OrderId orderId, Refusal refusal)
    : InvalidOperationException($"Order {orderId} refused the step: {refusal.Why}")
{
    public Refusal Refusal { get; } = refusal;
}
