using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>The daily reminder timer on a moved clock: each level once per invoice, at the mail server, and none once paid.</summary>
[Collection(SharedApps.Clocked)]
public class PaymentReminderTests(ClockedProductApp app)
{
    [Fact]
    public async Task ReminderTimer_TwoRunsAtEachLevel_OneEmailPerLevelAndNoneAfterPayment()
    {
        var ledger = await app.LedgerAsync();
        var issued = app.Clock.GetUtcNow();
        var (late, payer, prompt) = (app.Customer("late"), app.Customer("payer"), app.Customer("prompt"));
        var lateInvoice = await ledger.IssueAsync($"o-{late}", issued, late);
        var payerInvoice = await ledger.IssueAsync($"o-{payer}", issued, payer);
        var promptInvoice = await ledger.IssueAsync($"o-{prompt}", issued, prompt);
        await ledger.RecordPaymentAsync(OrderId.Parse($"o-{prompt}"), "pay-prompt", promptInvoice.GrossMinor, "EUR", issued, CancellationToken.None);
        var due = lateInvoice.DueDate!.Value;

        var firstRound = await RemindAtAsync(due.AddDays(3), ReminderLevel.Friendly, lateInvoice.Number, payerInvoice.Number);
        await ledger.RecordPaymentAsync(OrderId.Parse($"o-{payer}"), "pay-late", payerInvoice.GrossMinor, "EUR", app.Clock.GetUtcNow(), CancellationToken.None);
        var secondRound = await RemindAtAsync(due.AddDays(14), ReminderLevel.Second, lateInvoice.Number);
        var finalRound = await RemindAtAsync(due.AddDays(30), ReminderLevel.Final, lateInvoice.Number);
        await OutboxDrain.WaitAsync(app.Names);

        Assert.Equal([0, 0, 0], [firstRound, secondRound, finalRound]);
        var toLate = await MailCatcher.MessagesToAsync(ClockedLedger.EmailOf(late));
        Assert.Equal(
            [$"Final reminder: invoice {lateInvoice.Number} is overdue", $"Payment reminder: invoice {lateInvoice.Number}", $"Second reminder: invoice {lateInvoice.Number} is overdue"],
            toLate.Select(m => m.Subject).Order(StringComparer.Ordinal));
        Assert.Equal([$"Payment reminder: invoice {payerInvoice.Number}"], (await MailCatcher.MessagesToAsync(ClockedLedger.EmailOf(payer))).Select(m => m.Subject));
        Assert.Empty(await MailCatcher.MessagesToAsync(ClockedLedger.EmailOf(prompt)));
        var json = await app.Http.GetFromJsonAsync<JsonElement>($"api/invoices/{lateInvoice.Number}");
        Assert.Equal(
            [("Friendly", due.AddDays(3)), ("Second", due.AddDays(14)), ("Final", due.AddDays(30))],
            json.GetProperty("reminders").EnumerateArray().Select(r => (r.GetProperty("level").GetString(), DateOnly.FromDateTime(r.GetProperty("at").GetDateTimeOffset().UtcDateTime))));
    }

    /// <summary>
    /// On <paramref name="day"/>, runs the timer function and waits until it has recorded <paramref name="level"/> on
    /// every invoice named, then runs the reminders again, awaited; answers how many the second run queued.
    /// </summary>
    async Task<int> RemindAtAsync(DateOnly day, ReminderLevel level, params DocumentNumber[] numbers)
    {
        app.MoveTo(day);
        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.PostAsync("admin/functions/SendPaymentReminders", null)).StatusCode);
        foreach (var number in numbers)
        {
            await Eventually.WaitForAsync(
                () => app.Http.GetFromJsonAsync<JsonElement>($"api/invoices/{number}"),
                invoice => invoice.GetProperty("reminders").EnumerateArray().Any(r => r.GetProperty("level").GetString() == level.ToString()),
                TimeSpan.FromSeconds(60),
                $"the {level} reminder on {number}");
        }
        return await app.Server.Services.GetRequiredService<PaymentReminders>().RunAsync(CancellationToken.None);
    }
}
