using System.Collections.Concurrent;
using System.Xml.Linq;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Invoicing.Ubl;
using OrderFlow.Core.Storage;
using OrderFlow.DevHost.Configuration;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>
/// Every invoice and credit note the test run's apps issued, as UBL, for one check of them all against the official
/// rules when the run ends (<see cref="RunDocuments"/>). A product app's invoice ledger is named here when its DevHost
/// starts, and read when the run ends or, for storage that stops before then, as it stops; tests add documents they
/// build themselves (another seller's view of a document, planted defects). Names start with the document's kind.
/// </summary>
static class GeneratedDocuments
{
    /// <summary>A buyer with an electronic address, who can be reached over Peppol.</summary>
    public const string Business = "business";

    /// <summary>A buyer without one: only PEPPOL-EN16931-R010 (the buyer's address) may fail.</summary>
    public const string Consumer = "consumer";

    /// <summary>A valid document with a defect put in on purpose: its rule must fail.</summary>
    public const string Planted = "planted";

    static readonly ConcurrentDictionary<string, Ledger> Unread = new();
    static readonly ConcurrentDictionary<string, XDocument> Documents = new();
    static int ledgers;

    /// <summary>The ledger of an app started with <paramref name="settings"/>, which names the demo seller unless they name another.</summary>
    public static void AddLedger(string app, IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(LocalRunContract.DemoSeller!).AddInMemoryCollection(settings).Build();
        var ledger = new Ledger(app, configuration["AzureWebJobsStorage"]!, configuration["OrderFlow:Storage:Prefix"]!, configuration.GetSection(SellerOptions.Section).Get<SellerOptions>()!);
        Unread[app] = ledger;
        Interlocked.Increment(ref ledgers);
    }

    public static void Add(string kind, string name, XDocument document) => Documents[$"{kind}.{name}"] = document;

    public static string KindOf(Invoice document) => document.Customer?.ElectronicAddress is null ? Consumer : Business;

    /// <summary>Reads the unread ledgers kept in <paramref name="storageConnection"/> (all of them when null).</summary>
    public static async Task ReadLedgersAsync(string? storageConnection = null)
    {
        foreach (var (app, ledger) in Unread.Where(l => storageConnection is null || l.Value.StorageConnection == storageConnection))
        {
            if (Unread.TryRemove(app, out _))
            {
                await ledger.ReadIntoAsync(Documents);
            }
        }
    }

    /// <summary>Every document gathered, with the ledgers not read yet read now; and how many ledgers there were.</summary>
    public static async Task<(IReadOnlyDictionary<string, XDocument> Documents, int Ledgers)> AllAsync()
    {
        await ReadLedgersAsync();
        return (Documents, Volatile.Read(ref ledgers));
    }

    sealed record Ledger(string App, string StorageConnection, string Prefix, SellerOptions Seller)
    {
        public async Task ReadIntoAsync(ConcurrentDictionary<string, XDocument> documents)
        {
            var list = new InvoiceList(new TableServiceClient(StorageConnection), new StorageNames(Prefix));
            var writer = new UblWriter(Options.Create(Seller));
            await foreach (var document in list.StreamAsync(new InvoiceQuery(null, null, null, null), InvoiceList.MaxPageSize, null, CancellationToken.None))
            {
                documents[$"{KindOf(document)}.{App}.{document.Number}"] = writer.Build(document);
            }
        }
    }
}
