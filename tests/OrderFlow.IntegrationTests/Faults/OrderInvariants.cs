using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Storage;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Faults;

/// <summary>
/// What must hold after any fault, read from storage and the SMTP server rather than from the app's answers (an app
/// that lost or doubled something would answer as if it had not): orders ended, stock balanced, documents gap-free,
/// each email sent once, no poison message without its alert. Built from the settings a DevHost ran with.
/// </summary>
sealed partial class OrderInvariants(IReadOnlyDictionary<string, string?> settings)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    static readonly SplitTextColumn OrderDocument = new("Document");

    readonly TableServiceClient tables = new(settings["AzureWebJobsStorage"]);
    readonly string prefix = settings[StorageNames.PrefixSetting] ?? "";

    /// <summary>
    /// The emails a kill may catch between the SMTP server's acceptance and the sent mark: every one in flight, and the
    /// outbox's queue hands out at most host.json's batchSize + newBatchThreshold at once.
    /// </summary>
    public const int RepeatsPerKill = 16 + 8;

    /// <summary>
    /// Asserts every invariant over <paramref name="orderIds"/> (the orders the app accepted) and the stock the test
    /// put in (units per SKU and warehouse, adjustments included); lists every violation at once. A crash between an
    /// SMTP server's acceptance and the outbox's sent mark sends that email again: a scenario that kills a host there
    /// allows as many <paramref name="emailRepeats"/>.
    /// </summary>
    public async Task AssertHoldAsync(IReadOnlyCollection<string> orderIds, IReadOnlyDictionary<(string Sku, string Warehouse), int> stockPut, int emailRepeats = 0)
    {
        var orders = await ReadOrdersAsync(orderIds);
        var violations = new List<string>();
        violations.AddRange(await OrderEndViolationsAsync(orders));
        violations.AddRange(await StockViolationsAsync(orders, stockPut));
        violations.AddRange(await DocumentViolationsAsync(orders));
        violations.AddRange(await EmailViolationsAsync(orders, emailRepeats));
        violations.AddRange(await PoisonViolationsAsync());
        Assert.True(violations.Count == 0, $"{violations.Count} invariants broken:\n" + string.Join("\n", violations));
    }

    TableClient Table(string name) => tables.GetTableClient(prefix + name);

    async Task<Dictionary<string, OrderRecord?>> ReadOrdersAsync(IReadOnlyCollection<string> orderIds)
    {
        var orders = new Dictionary<string, OrderRecord?>(StringComparer.Ordinal);
        foreach (var id in orderIds)
        {
            var row = await Table(OrderBook.TableName).GetEntityIfExistsAsync<TableEntity>(id, "order");
            orders[id] = row.HasValue ? JsonSerializer.Deserialize<OrderRecord>(OrderDocument.Read(row.Value!), Json) : null;
        }
        return orders;
    }

    /// <summary>Every accepted order stored and final, its workflow instance not left running, a failed one alerted.</summary>
    async Task<IEnumerable<string>> OrderEndViolationsAsync(Dictionary<string, OrderRecord?> orders)
    {
        var violations = new List<string>();
        var instances = new TableClient(settings["AzureWebJobsStorage"], settings["AzureFunctionsJobHost:extensions:durableTask:hubName"] + "Instances");
        foreach (var (id, order) in orders)
        {
            if (order is null)
            {
                violations.Add($"order {id} was accepted but is not stored");
                continue;
            }
            if (!order.Status.IsFinal())
            {
                violations.Add($"order {id} ended at {order.Status}, not a final status");
            }
            if (await StillOpenAsync(instances, id) is { } open)
            {
                violations.Add($"order {id} is {order.Status} but its workflow instance is still {open}");
            }
            // One alert per operations address: "order/{id}/failed/{address}" keeps its rows under "order-{id}-failed".
            if (order.Status == OrderStatus.Failed && !await AnySentAsync($"order-{id}-failed"))
            {
                violations.Add($"order {id} failed without an alert sent");
            }
        }
        return violations;
    }

    /// <summary>
    /// The instance's status while it is Running or Pending, looked for up to a minute (it ends just after its order's
    /// last write, or, held open by an activity call the engine lost, once the stuck-step sweep terminates it); null once
    /// it has ended. Ended instances are purged on a timer: no row is as good as a row that is not running.
    /// </summary>
    static async Task<string?> StillOpenAsync(TableClient instances, string id)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            var instance = await instances.GetEntityIfExistsAsync<TableEntity>(id, "");
            var status = instance.HasValue ? instance.Value!.GetString("RuntimeStatus") : null;
            if (status is not ("Running" or "Pending") || DateTime.UtcNow > deadline)
            {
                return status is "Running" or "Pending" ? status : null;
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>
    /// Messages left in the poison queues of the queues the settings name: the operations inbox must have received an
    /// alert naming each such queue (the alert goes once a day and lists every poison queue holding messages then).
    /// </summary>
    async Task<IEnumerable<string>> PoisonViolationsAsync()
    {
        var queues = new QueueServiceClient(settings["AzureWebJobsStorage"]);
        var violations = new List<string>();
        foreach (var setting in new[] { "OrderIntakeQueue", "EmailOutboxQueue", "OrderStartQueue", "SurveyInvitationsQueue" })
        {
            var poison = queues.GetQueueClient(settings[setting] + "-poison");
            // The alert lists "<queue>: <count>"; the queue's name is this test's own.
            if (await poison.ExistsAsync() && (await poison.GetPropertiesAsync()).Value.ApproximateMessagesCount is > 0 and var count
                && !(await MailCatcher.SummariesMentioningAsync(poison.Name + ":")).Any(m => IsSharedInbox(m.GetProperty("to")[0].GetString()!)))
            {
                violations.Add($"{count} messages wait in {poison.Name} and no alert named it");
            }
        }
        return violations;
    }

    async Task<bool> AnySentAsync(string partition)
    {
        await foreach (var row in Table("SentEmails").QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
        {
            if (row.GetString("State") == "Sent")
            {
                return true;
            }
        }
        return false;
    }
}
