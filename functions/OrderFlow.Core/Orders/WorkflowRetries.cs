namespace OrderFlow.Core.Orders;

/// <summary>
/// Section "OrderFlow:Workflow:Retries": how patiently an order's workflow retries. A failing step is tried
/// <see cref="Attempts"/> times, the pause doubling from <see cref="FirstRetry"/>; a failed order whose ending cannot
/// be recorded is tried again after <see cref="FirstEndingRetry"/>, doubling up to an hour. Fixed per order at intake.
/// </summary>
public sealed record WorkflowRetries
{
    public const string Section = "OrderFlow:Workflow:Retries";

    public static readonly WorkflowRetries Default = new();

    public int Attempts { get; init; } = 5;

    public TimeSpan FirstRetry { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan FirstEndingRetry { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Durable refuses a retry policy without an attempt or a pause, which would fail every order.</summary>
    public bool IsValid => Attempts >= 1 && FirstRetry > TimeSpan.Zero && FirstEndingRetry > TimeSpan.Zero;
}
