using OrderFlow.Core.Invoicing;
using OrderFlow.IntegrationTests.DevHost;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>
/// The product app on a clock the tests move, with a known finance key and the ledger of its own tables, so invoices
/// issued now can be seen weeks later: overdue, aged and reminded.
/// </summary>
public sealed class ReceivablesApp : ClockedProductApp
{
    /// <summary>The reminder and aging tests share one app; each moves the clock only forward and reads its own customers.</summary>
    public const string Collection = "receivables";

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [new("DevHost:FinanceKey", FinanceApp.FinanceKey)];

    /// <summary>The same tables the app reads (its storage prefix is "T" + the test names' suffix).</summary>
    public Task<InvoiceLedger> LedgerAsync() => LedgerDrafts.NewLedgerAsync("T" + Names.Suffix);

    /// <summary>A customer ID of this app only, so emails to it at the shared mail server are this app's.</summary>
    public string Customer(string name) => $"c-{name}-{Names.Suffix}";

    /// <summary>The address the ledger's drafts give a customer.</summary>
    public static string EmailOf(string customerId) => $"{customerId}@example.test";

    /// <summary>Moves the clock to 09:00 UTC of <paramref name="day"/>, unless it is already on that day.</summary>
    public void MoveTo(DateOnly day)
    {
        if (DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime) != day)
        {
            Clock.AdvanceTo(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        }
    }

    public HttpClient FinanceClient()
    {
        var client = new HttpClient { BaseAddress = Http.BaseAddress };
        client.DefaultRequestHeaders.Add("x-functions-key", FinanceApp.FinanceKey);
        return client;
    }
}

[CollectionDefinition(ReceivablesApp.Collection)]
public sealed class ReceivablesAppDefinition : ICollectionFixture<ReceivablesApp>;
