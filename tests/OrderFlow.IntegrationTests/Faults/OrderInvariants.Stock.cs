using System.Text.Json;
using Azure.Data.Tables;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Orders;

namespace OrderFlow.IntegrationTests.Faults;

sealed partial class OrderInvariants
{
    /// <summary>
    /// Per SKU and warehouse: what was put in = on hand + units taken off the shelf (fulfilled reservations); reserved =
    /// the reservations still open, none of them held by an order that has ended; available never negative.
    /// </summary>
    async Task<IEnumerable<string>> StockViolationsAsync(Dictionary<string, OrderRecord?> orders, IReadOnlyDictionary<(string Sku, string Warehouse), int> stockPut)
    {
        var violations = new List<string>();
        foreach (var sku in stockPut.Keys.Select(k => k.Sku).Distinct())
        {
            var (levels, reservations) = await ReadSkuAsync(sku);
            foreach (var (order, state, _) in reservations.Where(r => r.State == ReservationState.Reserved))
            {
                if (orders.GetValueOrDefault(order)?.Status.IsFinal() != false)
                {
                    violations.Add($"{sku}: order {order} ended ({orders.GetValueOrDefault(order)?.Status}) but still holds a reservation");
                }
            }
            foreach (var ((_, warehouse), put) in stockPut.Where(s => s.Key.Sku == sku))
            {
                var (onHand, reserved) = levels.GetValueOrDefault(warehouse);
                var taken = Units(reservations, ReservationState.Fulfilled, warehouse);
                var open = Units(reservations, ReservationState.Reserved, warehouse);
                if (onHand + taken != put)
                {
                    violations.Add($"{sku}@{warehouse}: {put} put in, but {onHand} on hand + {taken} taken off the shelf = {onHand + taken}");
                }
                if (reserved != open)
                {
                    violations.Add($"{sku}@{warehouse}: {reserved} reserved, but open reservations hold {open}");
                }
                if (onHand - reserved < 0)
                {
                    violations.Add($"{sku}@{warehouse}: available is {onHand - reserved}");
                }
            }
        }
        return violations;
    }

    static int Units(IEnumerable<(string Order, ReservationState State, List<Allocation> Allocations)> reservations, ReservationState state, string warehouse) =>
        reservations.Where(r => r.State == state).SelectMany(r => r.Allocations).Where(a => a.Warehouse == warehouse).Sum(a => a.Quantity);

    /// <summary>The SKU's partition of the Catalogue table: stock rows "stock|WH" and reservation rows "reservation|order".</summary>
    async Task<(Dictionary<string, (int OnHand, int Reserved)> Levels, List<(string Order, ReservationState State, List<Allocation> Allocations)> Reservations)> ReadSkuAsync(string sku)
    {
        var levels = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var reservations = new List<(string, ReservationState, List<Allocation>)>();
        await foreach (var row in Table("Catalogue").QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {sku}")))
        {
            if (row.RowKey.StartsWith("stock|", StringComparison.Ordinal))
            {
                levels[row.RowKey["stock|".Length..]] = (row.GetInt32("OnHand") ?? 0, row.GetInt32("Reserved") ?? 0);
            }
            else if (row.RowKey.StartsWith("reservation|", StringComparison.Ordinal))
            {
                reservations.Add((row.RowKey["reservation|".Length..], Enum.Parse<ReservationState>(row.GetString("State")),
                    JsonSerializer.Deserialize<List<Allocation>>(row.GetString("Allocations")) ?? []));
            }
        }
        return (levels, reservations);
    }
}
