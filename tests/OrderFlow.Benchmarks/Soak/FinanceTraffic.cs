using System.Globalization;

namespace OrderFlow.Benchmarks.Soak;

/// <summary>
/// Finance pulling invoices with the finance key, in turns every half minute: the first page of the last ten
/// minutes' invoices as JSON, then the last two minutes' as CSV. Windows that move with the clock keep each pull the
/// same size all hour, so a slower pull late in the run is the app's doing, not a longer list's.
/// </summary>
sealed class FinanceTraffic(HttpClient finance, SoakLog log)
{
    static readonly TimeSpan PullEvery = TimeSpan.FromSeconds(30);
    static readonly TimeSpan JsonWindow = TimeSpan.FromMinutes(10);
    static readonly TimeSpan CsvWindow = TimeSpan.FromMinutes(2);

    public async Task RunAsync(CancellationToken stop)
    {
        var pulls = 0;
        await SideLoop.RunAsync(log, "invoice pull", async () =>
        {
            await Task.Delay(PullEvery, stop);
            var csv = pulls++ % 2 == 1;
            var now = DateTimeOffset.UtcNow;
            var path = $"api/invoices?from={Iso(now - (csv ? CsvWindow : JsonWindow))}&to={Iso(now.AddMinutes(1))}" + (csv ? "&format=csv" : "&pageSize=100");
            using var response = await finance.GetAsync(path, stop);
            // Read to the end, as finance's download would.
            await response.Content.ReadAsByteArrayAsync(stop);
            log.SideAnswer(response, csv ? "invoice CSV" : "invoice list");
        }, stop);
    }

    static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
