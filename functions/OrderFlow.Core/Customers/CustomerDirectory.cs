using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders.Intake;

using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Customers;

/// <summary>
/// Customers table: partition = customer ID (point reads, no hot partition). An index row per email address,
/// partition "email-" + hash of the address, finds a customer by email when a channel sends no customer ID.
/// </summary>
public sealed class CustomerDirectory(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "Customers";
    const string CustomerRow = "customer";
    const string IndexRow = "email-index";

    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    /// <summary>Creates or replaces the customer as saved by <paramref name="by"/>; answers it as stored.</summary>
    public async Task<Customer> SaveAsync(Customer customer, Actor by, CancellationToken cancellationToken)
    {
        customer = customer with { UpdatedBy = by };
        await table.EnsureExistsAsync(cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(customer.Id.Value, CustomerRow)
        {
            ["Name"] = customer.Name,
            ["Email"] = customer.Email,
            ["CreditLimit"] = customer.CreditLimit is null ? null : JsonSerializer.Serialize(customer.CreditLimit),
            ["ShippingAddress"] = customer.ShippingAddress is null ? null : JsonSerializer.Serialize(customer.ShippingAddress),
            ["VatId"] = customer.VatId,
            ["ElectronicAddress"] = customer.ElectronicAddress is null ? null : JsonSerializer.Serialize(customer.ElectronicAddress),
            ["PaymentTerms"] = customer.PaymentTerms is null ? null : JsonSerializer.Serialize(customer.PaymentTerms),
            ["Language"] = customer.Language.Code(),
            ["UpdatedBy"] = ActorColumn.Write(customer.UpdatedBy),
        }, TableUpdateMode.Replace, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(EmailPartition(customer.Email), IndexRow) { ["CustomerId"] = customer.Id.Value }, TableUpdateMode.Replace, cancellationToken);
        return customer;
    }

    public async Task<Customer?> FindAsync(CustomerId id, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(id.Value, CustomerRow, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? FromEntity(entity) : null;
    }

    /// <summary>
    /// Customers whose ID or name contains <paramref name="search"/> (any case; all when empty), by ID, at most
    /// <paramref name="pageSize"/> after the ID <paramref name="after"/>; the next page's starting ID when more match.
    /// Table storage cannot search text, so this reads customer rows forward from <paramref name="after"/> until the
    /// page is full: fine for a back office's customer base, and each page costs no more than the rows it passes.
    /// </summary>
    public async Task<(IReadOnlyList<Customer> Items, string? After)> SearchAsync(string? search, int pageSize, string? after, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {CustomerRow} and PartitionKey gt {after ?? ""}");
        var found = new List<Customer>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var customer = FromEntity(row);
            if (string.IsNullOrEmpty(search) || customer.Id.Value.Contains(search, StringComparison.OrdinalIgnoreCase) || customer.Name.Contains(search, StringComparison.OrdinalIgnoreCase))
            {
                if (found.Count == pageSize)
                {
                    return (found, found[^1].Id.Value);
                }
                found.Add(customer);
            }
        }
        return (found, null);
    }

    /// <summary>
    /// The customer with this email, or a new one created with an ID derived from the email (so retries agree). A VAT
    /// identifier the order brings is kept on a customer who has none yet; a new customer takes the order's language.
    /// </summary>
    public async Task<Customer> MatchOrCreateAsync(CustomerDetails details, PostalAddress? address, CancellationToken cancellationToken)
    {
        var email = details.Email!.Trim();
        await table.EnsureExistsAsync(cancellationToken);
        var index = await table.GetEntityIfExistsAsync<TableEntity>(EmailPartition(email), IndexRow, cancellationToken: cancellationToken);
        if (index.HasValue && index.Value is { } found && await FindAsync(CustomerId.Parse(found.GetString("CustomerId")), cancellationToken) is { } existing)
        {
            return await WithVatIdAsync(existing, details.VatId, cancellationToken);
        }
        var language = Languages.TryParse(details.Language, out var given) ? given : Language.En;
        var created = new Customer(CustomerId.Parse("c-" + EmailHash(email)[..16]), details.Name!.Trim(), email, null, address) { VatId = details.VatId, Language = language };
        try
        {
            await table.AddEntityAsync(new TableEntity(created.Id.Value, CustomerRow)
            {
                ["Name"] = created.Name,
                ["Email"] = created.Email,
                ["ShippingAddress"] = address is null ? null : JsonSerializer.Serialize(address),
                ["VatId"] = created.VatId,
                ["Language"] = created.Language.Code(),
            }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // A concurrent delivery created it first.
        }
        await table.UpsertEntityAsync(new TableEntity(EmailPartition(email), IndexRow) { ["CustomerId"] = created.Id.Value }, TableUpdateMode.Replace, cancellationToken);
        return await FindAsync(created.Id, cancellationToken) ?? created;
    }

    async Task<Customer> WithVatIdAsync(Customer customer, string? vatId, CancellationToken cancellationToken)
    {
        if (vatId is null || customer.VatId is not null)
        {
            return customer;
        }
        var updated = customer with { VatId = vatId };
        await table.UpdateEntityAsync(new TableEntity(customer.Id.Value, CustomerRow) { ["VatId"] = vatId }, Azure.ETag.All, TableUpdateMode.Merge, cancellationToken);
        return updated;
    }

    static string EmailPartition(string email) => "email-" + EmailHash(email);

    static string EmailHash(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));

    static Customer FromEntity(TableEntity entity) => new(
        CustomerId.Parse(entity.PartitionKey),
        entity.GetString("Name"),
        entity.GetString("Email"),
        entity.GetString("CreditLimit") is { } limit ? JsonSerializer.Deserialize<Common.MoneyDto>(limit) : null,
        entity.GetString("ShippingAddress") is { } address ? JsonSerializer.Deserialize<PostalAddress>(address) : null)
    {
        VatId = entity.GetString("VatId"),
        ElectronicAddress = entity.GetString("ElectronicAddress") is { } electronic ? JsonSerializer.Deserialize<ElectronicAddress>(electronic) : null,
        PaymentTerms = entity.GetString("PaymentTerms") is { } terms ? JsonSerializer.Deserialize<PaymentTerms>(terms) : null,
        // Customers saved before languages were kept have none and are written to in English.
        Language = Languages.TryParse(entity.GetString("Language"), out var language) ? language : Language.En,
        UpdatedBy = ActorColumn.Read(entity, "UpdatedBy"),
    };
}
