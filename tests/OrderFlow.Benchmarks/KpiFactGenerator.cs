using OrderFlow.Core.Reporting;

namespace OrderFlow.Benchmarks;

/// <summary>
/// Plausible order facts from a fixed seed: most orders completed in one to six days, some rejected, cancelled or
/// still on their way, two currencies, 500 SKUs of which a few sell far more than the rest.
/// </summary>
static class KpiFactGenerator
{
    public static IEnumerable<OrderFact> Day(DateOnly day, int count, Random random)
    {
        var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var received = midnight.AddSeconds(random.Next(86_400));
            var outcome = random.Next(100);
            var (status, accepted, shipped, delivered) = outcome switch
            {
                < 5 => ("Rejected", false, false, false),
                < 9 => ("Cancelled", true, false, false),
                < 15 => ("Shipped", true, true, false),
                _ => ("Completed", true, true, true),
            };
            var stages = new Dictionary<string, long> { ["validation"] = random.Next(1, 120) };
            if (accepted)
            {
                stages["reservation"] = random.Next(1, 20) == 1 ? random.Next(3_600, 259_200) : random.Next(1, 600);
            }
            if (shipped)
            {
                stages["fulfilment"] = random.Next(1_800, 172_800);
                stages["shipment"] = random.Next(600, 86_400);
            }
            if (delivered)
            {
                stages["delivery"] = random.Next(43_200, 345_600);
            }
            var sku = $"SKU-{(int)Math.Floor(500 * Math.Pow(random.NextDouble(), 3)):000}";
            yield return new OrderFact(
                $"bench-{day:yyyyMMdd}-{i:00000}", received, status, 8, accepted, accepted && random.Next(20) == 0, shipped,
                shipped && stages["fulfilment"] + stages["shipment"] <= 259_200, delivered,
                delivered ? stages.Values.Sum() : null, stages, random.Next(5) == 0 ? "USD" : "EUR",
                shipped ? random.Next(1_000, 50_000) : 0, shipped ? new Dictionary<string, int> { [sku] = random.Next(1, 5) } : []);
        }
    }
}
