using OrderFlow.Core.Invoicing;
using OrderFlow.IntegrationTests.DevHost;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>
/// The clocked app's own invoice ledger, for invoices issued now and seen weeks later: overdue, aged and reminded.
/// The clock only moves forward, so each test counts from where it finds it and keeps to customers of its own.
/// </summary>
static class ClockedLedger
{
    /// <summary>The same tables the app reads (its storage prefix is "T" + the test names' suffix).</summary>
    public static Task<InvoiceLedger> LedgerAsync(this ClockedProductApp app) => LedgerDrafts.NewLedgerAsync("T" + app.Names.Suffix);

    /// <summary>A customer ID of this app only, so emails to it at the shared mail server are this app's.</summary>
    public static string Customer(this ClockedProductApp app, string name) => $"c-{name}-{app.Names.Suffix}";

    /// <summary>The address the ledger's drafts give a customer.</summary>
    public static string EmailOf(string customerId) => $"{customerId}@example.test";

    /// <summary>Moves the clock to 09:00 UTC of <paramref name="day"/>, unless it is already on that day.</summary>
    public static void MoveTo(this ClockedProductApp app, DateOnly day)
    {
        if (DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime) != day)
        {
            app.Clock.AdvanceTo(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        }
    }
}
