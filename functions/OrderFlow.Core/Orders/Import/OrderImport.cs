using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders.Pricing;

namespace OrderFlow.Core.Orders.Import;

/// <summary>
/// POST /orders/import: past orders from another system, one JSON object per line. Each line stands alone: a bad one
/// is refused with its field problems and the others go in. A line whose order is stored already (same source and
/// external ID) changes nothing and is counted apart, so a whole file can be sent again after a failure.
/// </summary>
public sealed class OrderImport(CustomerDirectory customers, OrderBook orders, IOptions<PricingOptions> pricing, TimeProvider time)
{
    public const int MaxBytes = 8 * 1024 * 1024;
    public const int MaxLines = 10_000;
    const int Parallel = 8;
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The report, or why the body as a whole is no JSON lines (nothing is imported then).</summary>
    public async Task<(ImportReport? Report, string? BodyProblem)> ImportAsync(byte[] body, CancellationToken cancellationToken)
    {
        if (Lines(body) is not { } lines)
        {
            return (null, "The body is not UTF-8 text.");
        }
        var filled = lines.Select((text, i) => (Number: i + 1, Text: text.Trim())).Where(l => l.Text.Length > 0).ToList();
        if (filled.Count == 0 || !filled[0].Text.StartsWith('{'))
        {
            return (null, "The body is not JSON lines: one JSON object per line is required.");
        }
        if (filled.Count > MaxLines)
        {
            return (null, $"At most {MaxLines} orders per request.");
        }
        var known = new ConcurrentDictionary<CustomerId, Task<Customer?>>();
        var outcomes = new LineOutcome[filled.Count];
        await System.Threading.Tasks.Parallel.ForAsync(0, filled.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken },
            async (i, token) => outcomes[i] = await ImportLineAsync(filled[i].Number, filled[i].Text, known, token));
        return (ImportReport.Of(outcomes), null);
    }

    async Task<LineOutcome> ImportLineAsync(int number, string text, ConcurrentDictionary<CustomerId, Task<Customer?>> known, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (Parse(text, errors) is not { } order)
        {
            return LineOutcome.Refused(number, errors);
        }
        var customer = await known.GetOrAdd(order.CustomerId, id => customers.FindAsync(id, cancellationToken));
        if (!errors.Require(customer is not null, "customerId", $"Customer '{order.CustomerId}' does not exist: PUT /api/customers/{{id}} first."))
        {
            return LineOutcome.Refused(number, errors);
        }
        if (OrderRecord.Import(order, customer!, pricing.Value.ShippingTax, time.GetUtcNow(), errors) is not { } record)
        {
            return LineOutcome.Refused(number, errors);
        }
        var created = await orders.TryImportAsync(record, cancellationToken);
        return new LineOutcome(number, record.OrderId, created ? ImportResult.Imported : ImportResult.AlreadyPresent, null);
    }

    static ImportedOrder? Parse(string text, FieldErrors errors)
    {
        try
        {
            return ImportLineChecks.Check(JsonSerializer.Deserialize<ImportLineInput>(text, Json), errors);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "$";
            errors.Add(field, "The line is not valid JSON for an imported order here.");
            return null;
        }
    }

    static string[]? Lines(byte[] body)
    {
        try
        {
            return StrictUtf8.GetString(body).TrimStart('\uFEFF').Split('\n');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
