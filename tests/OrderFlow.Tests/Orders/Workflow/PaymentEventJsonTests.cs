using System.Text.Json;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Tests.Orders.Workflow;

/// <summary>Payment events outlive a deploy in the histories of orders waiting for payment; replay must read them as raised.</summary>
public class PaymentEventJsonTests
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    static readonly Currency Euro = Currency.Parse("EUR");

    [Fact]
    public void Deserialize_EventRaisedWithMinorUnitsOnly_ThatAmountInTheOrdersCurrency()
    {
        var payment = JsonSerializer.Deserialize<PaymentEvent>("""{"reference":"pay-1","amountMinor":1000}""", Json)!;

        Assert.Equal(new Money(1000, Euro), payment.AmountIn(Euro));
    }

    [Fact]
    public void Serialize_EventWithAmountOrWithout_NoMinorUnitsWrittenAndTheAmountReadBack()
    {
        var part = new PaymentEvent("pay-1", new Money(1000, Euro));
        var whole = new PaymentEvent("pay-2");

        var (partJson, wholeJson) = (JsonSerializer.Serialize(part, Json), JsonSerializer.Serialize(whole, Json));

        Assert.DoesNotContain("amountMinor", partJson + wholeJson, StringComparison.Ordinal);
        Assert.Equal((new Money(1000, Euro), (Money?)null),
            (JsonSerializer.Deserialize<PaymentEvent>(partJson, Json)!.AmountIn(Euro), JsonSerializer.Deserialize<PaymentEvent>(wholeJson, Json)!.AmountIn(Euro)));
    }
}
