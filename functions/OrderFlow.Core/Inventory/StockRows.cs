using System.Text.Json;
using Azure.Data.Tables;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Products;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Inventory;

/// <summary>Row keys and conversions for the stock and reservation rows of a SKU partition.</summary>
static class StockRows
{
    public const string StockPrefix = "stock|";
    public const string ReservationPrefix = "reservation|";
    public const string BackorderPrefix = "backorder|";
    public const string BackorderQuantity = "Quantity";

    public static string StockKey(string warehouse) => StockPrefix + warehouse;

    public static string ReservationKey(OrderId orderId) => ReservationPrefix + orderId.Value;

    public static string BackorderKey(OrderId orderId) => BackorderPrefix + orderId.Value;

    public static StockLevel ToLevel(TableEntity row) => new(
        Sku.Parse(row.PartitionKey),
        row.RowKey[StockPrefix.Length..],
        row.GetInt32("OnHand") ?? 0,
        row.GetInt32("Reserved") ?? 0,
        row.GetInt32("ReorderPoint") ?? 0)
    {
        AdjustedBy = ActorColumn.Read(row, "AdjustedBy"),
        AdjustedAt = row.GetDateTimeOffset("AdjustedAt"),
        AdjustmentReason = row.GetString("AdjustmentReason"),
    };

    public static TableEntity ToEntity(StockLevel level)
    {
        var row = new TableEntity(level.Sku.Value, StockKey(level.Warehouse))
        {
            ["OnHand"] = level.OnHand,
            ["Reserved"] = level.Reserved,
            ["ReorderPoint"] = level.ReorderPoint,
        };
        // Rows set before adjustments were recorded have neither; reservations keep whatever the row has.
        if (level.AdjustedBy is { } by)
        {
            row["AdjustedBy"] = ActorColumn.Write(by);
            row["AdjustedAt"] = level.AdjustedAt;
            row["AdjustmentReason"] = level.AdjustmentReason;
        }
        return row;
    }

    public static TableEntity Reservation(Sku sku, OrderId orderId, ReservationState state, IReadOnlyList<Allocation> allocations) =>
        new(sku.Value, ReservationKey(orderId))
        {
            ["State"] = state.ToString(),
            ["Allocations"] = JsonSerializer.Serialize(allocations),
        };

    public static (ReservationState State, List<Allocation> Allocations) ReadReservation(TableEntity row) => (
        Enum.Parse<ReservationState>(row.GetString("State")),
        JsonSerializer.Deserialize<List<Allocation>>(row.GetString("Allocations")) ?? []);
}
