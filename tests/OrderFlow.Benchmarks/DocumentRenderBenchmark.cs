using System.Diagnostics;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Invoicing.Pdf;
using OrderFlow.Core.Invoicing.Ubl;
using OrderFlow.Core.Orders;

namespace OrderFlow.Benchmarks;

/// <summary>
/// What an invoice email's attachments cost at send time: the PDF of a 100-line invoice beside its UBL e-invoice,
/// rendered in turns in one run, in memory (no storage), after a warm-up of each.
/// </summary>
static class DocumentRenderBenchmark
{
    const int Lines = 100;
    const int WarmUp = 20;
    const int Count = 200;

    public static void Run()
    {
        var seller = Options.Create(SamplePdf.DemoSeller);
        var pdf = new InvoicePdf(seller);
        var ubl = new UblWriter(seller);
        var invoice = HundredLines();
        for (var i = 0; i < WarmUp; i++)
        {
            pdf.Write(invoice);
            ubl.Write(invoice);
        }
        var pdfTimes = new List<double>();
        var ublTimes = new List<double>();
        var (pdfBytes, ublBytes) = (0, 0);
        for (var i = 0; i < Count; i++)
        {
            pdfBytes = Time(() => pdf.Write(invoice), pdfTimes);
            ublBytes = Time(() => ubl.Write(invoice), ublTimes);
        }
        var (pdfP50, ublP50) = (Percentile(pdfTimes, 0.5), Percentile(ublTimes, 0.5));
        Console.WriteLine($"A {Lines}-line invoice, {Count} renders of each in turns after {WarmUp} warm-up ({Environment.ProcessorCount} cores, .NET {Environment.Version}):");
        Console.WriteLine($"  PDF (PDFsharp, {pdfBytes / 1024} KiB)  {Summary(pdfTimes)}");
        Console.WriteLine($"  UBL (XML, {ublBytes / 1024} KiB)       {Summary(ublTimes)}");
        // The fastest render is the least disturbed by other work on a shared machine.
        Console.WriteLine($"  ratio PDF / UBL at p50 {pdfP50 / ublP50:0.0}x, at the fastest {pdfTimes.Min() / ublTimes.Min():0.0}x");
    }

    static int Time(Func<byte[]> render, List<double> times)
    {
        var clock = Stopwatch.StartNew();
        var bytes = render();
        times.Add(clock.Elapsed.TotalMilliseconds);
        return bytes.Length;
    }

    static string Summary(List<double> times) =>
        $"fastest {times.Min():0.00} ms  p50 {Percentile(times, 0.5):0.00} ms  p90 {Percentile(times, 0.9):0.00} ms  p99 {Percentile(times, 0.99):0.00} ms";

    static double Percentile(List<double> times, double share) => times.Order().ElementAt((int)Math.Ceiling(share * times.Count) - 1);

    /// <summary>Lines at 19 % and 7 % in turns, every fifth discounted, with taxed shipping: as a B2B order would be.</summary>
    static Invoice HundredLines()
    {
        var issued = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        var lines = Enumerable.Range(1, Lines).Select(i =>
        {
            var rate = i % 2 == 0 ? 0.07m : 0.19m;
            var discount = i % 5 == 0 ? 250L : 0L;
            var net = (1250L * 3) - discount;
            return new InvoiceLine($"SKU-{i:000}", $"Stoneware bowl, glaze no. {i:000}", 3, 1250, rate, net, (long)Math.Round(net * rate, MidpointRounding.AwayFromZero)) { DiscountMinor = discount };
        });
        return new Invoice(DocumentNumber.Parse("INV-2026-000100"), OrderId.Parse("o-bench"), "c-bench", issued, "EUR", InvoiceStatus.Issued, [.. lines], 490)
        {
            ShippingTaxes = [new TaxedAmount(0.19m, 490, 93)],
            Terms = new PaymentTerms(14),
            BuyerReference = "PO-BENCH",
            Customer = new InvoiceCustomer("Keramik Nord GmbH", "buyer@keramik.example", new InvoiceAddress("Hafenstraße 3", null, "Hamburg", "20457", null, "DE")) { VatId = "DE987654321" },
        };
    }
}
