using Azure.Data.Tables;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Inventory;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Faults;

sealed partial class OrderInvariants
{
    /// <summary>Longer than the outbox's claim lifetime (45 s): a lapsed claim taken over would send its email again in it.</summary>
    static readonly TimeSpan EmailsSettle = TimeSpan.FromSeconds(60);

    static readonly string[] CompletedOrderEmails = ["confirmed", "shipped", "invoiced"];

    /// <summary>
    /// Each email the outbox recorded for an order (one row per order and kind in SentEmails) arrived at the SMTP
    /// server exactly once, counting messages, not subjects; every recipient got no message beyond them; a completed
    /// order got its confirmation, shipping and invoice emails. An email whose sender died between the server's
    /// acceptance and the sent mark goes again (<paramref name="repeatsAllowed"/> such, each with one Message-ID).
    /// </summary>
    async Task<IEnumerable<string>> EmailViolationsAsync(Dictionary<string, OrderRecord?> orders, int repeatsAllowed)
    {
        var completed = orders.Where(o => o.Value?.Status == OrderStatus.Completed).Select(o => o.Key).ToList();
        var rows = await SettledEmailRowsAsync(orders.Keys, completed);
        var violations = rows.Where(r => r.State != "Sent").Select(r => $"order {r.OrderId} {r.Kind} email left {r.State}").ToList();
        violations.AddRange(MissingEmails(rows, completed).Select(missing => $"order {missing.OrderId} completed without its {missing.Kind} email"));
        foreach (var recipient in rows.GroupBy(r => r.To, StringComparer.OrdinalIgnoreCase))
        {
            var messages = await MailCatcher.MessagesToAsync(recipient.Key);
            var repeats = 0;
            foreach (var row in recipient)
            {
                var copies = messages.Count(m => m.Subject == row.Subject);
                if (copies == 2 && repeats < repeatsAllowed && await OneMessageIdAsync(recipient.Key, row.Subject))
                {
                    repeats++;
                }
                else if (copies != 1)
                {
                    violations.Add($"order {row.OrderId} {row.Kind} email \"{row.Subject}\" arrived {copies} times");
                }
            }
            repeatsAllowed -= repeats;
            if (!IsSharedInbox(recipient.Key) && messages.Count != recipient.Count() + repeats)
            {
                violations.Add($"{recipient.Key} received {messages.Count} messages for {recipient.Count()} emails recorded");
            }
        }
        return violations;
    }

    /// <summary>Whether every copy of the email carries one Message-ID: a repeat the recipient's mail client shows once.</summary>
    static async Task<bool> OneMessageIdAsync(string recipient, string subject) =>
        (await MailCatcher.MimeMessagesToAsync(recipient)).Where(m => m.Subject == subject).Select(m => m.MessageId).Distinct().Count() == 1;

    /// <summary>The operations inbox takes every test's alerts; only its messages with a recorded subject are counted.</summary>
    bool IsSharedInbox(string recipient) =>
        string.Equals(recipient, settings.GetValueOrDefault("OrderFlow:Alerts:Email") ?? new AlertOptions().Email, StringComparison.OrdinalIgnoreCase);

    static IEnumerable<(string OrderId, string Kind)> MissingEmails(List<(string OrderId, string Kind, string State, string To, string Subject)> rows, List<string> completed) =>
        completed.SelectMany(id => CompletedOrderEmails.Except(rows.Where(r => r.OrderId == id).Select(r => r.Kind)).Select(kind => (id, kind)));

    /// <summary>
    /// The rows once none is still being sent and every completed order's emails have one, or as they are when
    /// <see cref="EmailsSettle"/> has passed: an order's last steps can end before the outbox has sent what they queued
    /// (a send that failed while storage was away is queued again for later, its claim given up).
    /// </summary>
    async Task<List<(string OrderId, string Kind, string State, string To, string Subject)>> SettledEmailRowsAsync(IReadOnlyCollection<string> orderIds, List<string> completed)
    {
        var deadline = DateTime.UtcNow + EmailsSettle;
        var rows = await SentEmailRowsAsync(orderIds);
        while ((rows.Any(r => r.State != "Sent") || MissingEmails(rows, completed).Any()) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            rows = await SentEmailRowsAsync(orderIds);
        }
        return rows;
    }

    async Task<List<(string OrderId, string Kind, string State, string To, string Subject)>> SentEmailRowsAsync(IEnumerable<string> orderIds)
    {
        var rows = new List<(string, string, string, string, string)>();
        foreach (var id in orderIds)
        {
            await foreach (var row in Table("SentEmails").QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"order-" + id}")))
            {
                rows.Add((id, row.RowKey, row.GetString("State") ?? "Sent", row.GetString("To"), row.GetString("Subject")));
            }
        }
        return rows;
    }
}
