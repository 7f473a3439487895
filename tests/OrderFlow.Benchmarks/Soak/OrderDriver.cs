using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.Core.Orders;

namespace OrderFlow.Benchmarks.Soak;

/// <summary>
/// Plays warehouse, carrier and bank for one order in Manual mode, as they would: reads the order every few seconds
/// and posts what its stage waits for (everything picked, one parcel, its delivery; a payment for an unpaid order
/// once it is reserved), or cancels it once reserved when the mix says so, until the order is final.
/// </summary>
sealed class OrderDriver(HttpClient api, SoakLog log)
{
    // Each read is an order row read in Azurite: seldom enough that watching stays a small share of the load.
    static readonly TimeSpan ReadEvery = TimeSpan.FromSeconds(2);

    sealed record OrderEvent(string Name, string Path, object Body);

    /// <summary>Drives the order until it is final (logged with its lag) or <paramref name="drainOver"/> (logged as left open).</summary>
    public async Task DriveAsync(SentOrder sent, CancellationToken drainOver)
    {
        var posted = new HashSet<string>(StringComparer.Ordinal);
        var last = OrderStatus.Received;
        try
        {
            while (true)
            {
                await Task.Delay(ReadEvery, drainOver);
                if (await ReadAsync(sent.OrderId, drainOver) is not { } order)
                {
                    continue;
                }
                last = Enum.Parse<OrderStatus>(order.GetProperty("status").GetString()!);
                if (last.IsFinal())
                {
                    log.Ended(last, LagSeconds(order, last));
                    return;
                }
                foreach (var next in EventsFor(sent, last).Where(e => !posted.Contains(e.Name)))
                {
                    if (await PostAsync(sent.OrderId, next, drainOver))
                    {
                        posted.Add(next.Name);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (drainOver.IsCancellationRequested)
        {
            log.LeftOpen(last);
        }
    }

    static IEnumerable<OrderEvent> EventsFor(SentOrder sent, OrderStatus status)
    {
        var order = sent.Order;
        if (status == OrderStatus.Reserved && order.Cancelled)
        {
            yield return new("cancel", "cancel", new { reason = "soak: customer changed their mind" });
            yield break;
        }
        if (!order.Paid && status is OrderStatus.Reserved or OrderStatus.Fulfilled or OrderStatus.Shipped or OrderStatus.Invoiced or OrderStatus.Delivered)
        {
            yield return new("payment", "payments", new { reference = $"BANK-{order.Number}" });
        }
        var step = status switch
        {
            OrderStatus.Reserved => new OrderEvent("pick", "fulfilment", new { reference = $"PICK-{order.Number}" }),
            OrderStatus.Fulfilled => new OrderEvent("parcel", "shipments", new { carrier = "DHL", trackingNumber = $"JD{order.Number:D8}" }),
            OrderStatus.Shipped or OrderStatus.Invoiced => new OrderEvent("delivery", "delivery", new { }),
            _ => null,
        };
        if (step is not null)
        {
            yield return step;
        }
    }

    async Task<JsonElement?> ReadAsync(string orderId, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await api.GetAsync($"api/orders/{orderId}", cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            }
            // A queued order is not stored until the queue function takes it in.
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                log.Failed($"GET order {orderId}: {(int)response.StatusCode}");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            log.Failed($"GET order {orderId}: {ex.Message}");
        }
        return null;
    }

    /// <summary>True once the event is taken; a 409 (the order moved on meanwhile) or a failure is tried on a later read.</summary>
    async Task<bool> PostAsync(string orderId, OrderEvent next, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await api.PostAsJsonAsync($"api/orders/{orderId}/{next.Path}", next.Body, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }
            if (response.StatusCode != HttpStatusCode.Conflict)
            {
                log.Failed($"{next.Name} of {orderId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            log.Failed($"{next.Name} of {orderId}: {ex.Message}");
        }
        return false;
    }

    /// <summary>From the order's own timeline: Received to Completed, in seconds.</summary>
    static double? LagSeconds(JsonElement order, OrderStatus status)
    {
        var at = order.GetProperty("timeline").EnumerateArray()
            .Select(e => (Stage: e.GetProperty("stage").GetString(), At: e.GetProperty("at").GetDateTimeOffset()))
            .ToList();
        var received = at.FirstOrDefault(e => e.Stage == nameof(OrderStatus.Received));
        var ended = at.LastOrDefault(e => e.Stage == status.ToString());
        return received.Stage is null || ended.Stage is null ? null : (ended.At - received.At).TotalSeconds;
    }
}
