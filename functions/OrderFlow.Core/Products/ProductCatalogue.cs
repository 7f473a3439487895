using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using OrderFlow.Core.Common;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Products;

/// <summary>
/// Products live in the Catalogue table, partition = SKU, row "product". The SKU partition also holds the SKU's
/// stock and reservations (see StockLedger), so reservations stay single-partition transactions; one partition per
/// SKU keeps each far below the 2,000 operations/s partition target.
/// </summary>
public sealed class ProductCatalogue(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "Catalogue";
    public const string ProductRow = "product";

    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    /// <summary>Creates or replaces the product as saved by <paramref name="by"/>; answers it as stored.</summary>
    public async Task<Product> SaveAsync(Product product, Actor by, CancellationToken cancellationToken)
    {
        product = product with { UpdatedBy = by };
        await table.EnsureExistsAsync(cancellationToken);
        var entity = new TableEntity(product.Sku.Value, ProductRow)
        {
            ["Name"] = product.Name,
            ["Active"] = product.Active,
            ["TaxRate"] = product.TaxRate.ToString(CultureInfo.InvariantCulture),
            ["Prices"] = JsonSerializer.Serialize(product.PricesMinor),
            ["UpdatedBy"] = ActorColumn.Write(product.UpdatedBy),
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        return product;
    }

    public async Task<Product?> FindAsync(Sku sku, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(sku.Value, ProductRow, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? FromEntity(entity) : null;
    }

    /// <summary>
    /// Every product, by SKU. A scan of the table's product rows (one per SKU partition): a catalogue is hundreds of
    /// products, not millions, and the back office lists it whole.
    /// </summary>
    public async Task<IReadOnlyList<Product>> ListAsync(CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var products = new List<Product>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {ProductRow}"), cancellationToken: cancellationToken))
        {
            products.Add(FromEntity(row));
        }
        return products;
    }

    static Product FromEntity(TableEntity entity) => new(
        Sku.Parse(entity.PartitionKey),
        entity.GetString("Name"),
        entity.GetBoolean("Active") ?? false,
        decimal.Parse(entity.GetString("TaxRate"), CultureInfo.InvariantCulture),
        JsonSerializer.Deserialize<Dictionary<string, long>>(entity.GetString("Prices")) ?? [])
    {
        UpdatedBy = ActorColumn.Read(entity, "UpdatedBy"),
    };
}
