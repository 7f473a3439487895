using System.Text.Json.Serialization;

namespace OrderFlow.Core.Orders;

/// <summary>Orders stored in an older shape read as today's.</summary>
public sealed partial record OrderRecord : IJsonOnDeserialized
{
    void IJsonOnDeserialized.OnDeserialized()
    {
        if (Priced?.Currency is { } currency)
        {
            Payments = [.. Payments.Select(p => p.InCurrency(currency))];
            PaymentClaims = [.. PaymentClaims.Select(c => c.InCurrency(currency))];
        }
        // Flags stored before their kind was kept: a refund owed names itself in the timeline, any other was a failed step.
        if (Attention is not null && FlaggedFor is null)
        {
            FlaggedFor = Attention == RefundDue ? AttentionKind.RefundDue : AttentionKind.FailedStep;
        }
    }
}
