using System.Globalization;
using System.Net.Http.Headers;
using CsvHelper;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>The list as CSV: the same documents and figures as the JSON, read back with a CSV library.</summary>
[Collection(SeededHistory.Collection)]
public class InvoiceCsvTests(SeededHistory app)
{
    const string December = "from=2025-12-01&to=2026-01-01";

    [Fact]
    public async Task ListCsv_AMonth_ParsesBackToTheJsonNumbersWithDecimalsAndNames()
    {
        var json = await app.AllPagesAsync(December + "&pageSize=1000");
        var response = await app.Http.GetAsync($"api/invoices?{December}&format=csv");
        var rows = ReadRows(await response.Content.ReadAsStringAsync()).ToLookup(r => r["number"]);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(json.Select(i => i.GetProperty("number").GetString()), rows.Select(g => g.Key));
        foreach (var item in json)
        {
            var documentRows = rows[item.GetProperty("number").GetString()!].ToList();
            var items = documentRows.Where(r => r["line"] != "Shipping").ToList();
            var totals = item.GetProperty("totals");
            Assert.Equal(item.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("net").GetString()), items.Select(r => r["net"]));
            Assert.Equal(item.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("sku").GetString()), items.Select(r => r["sku"]));
            Assert.Equal(totals.GetProperty("net").GetString(), Sum(items, "net"));
            Assert.Equal(totals.GetProperty("tax").GetString(), Sum(documentRows, "tax"));
            Assert.Equal(totals.GetProperty("gross").GetString(), Sum(documentRows, "gross"));
            Assert.Equal(totals.GetProperty("shipping").GetString(), Assert.Single(documentRows, r => r["line"] == "Shipping")["net"]);
            Assert.All(documentRows, r => Assert.Equal(item.GetProperty("customerName").GetString(), r["customerName"]));
            Assert.All(documentRows, r => Assert.Equal(item.GetProperty("status").GetString(), r["status"]));
        }
        Assert.Contains(rows.SelectMany(g => g), r => r["customerName"] == "Zoë Ångström-Łukasiewicz");
        Assert.Contains(rows.SelectMany(g => g), r => r["customerName"] == "李美 Mei");
    }

    [Fact]
    public async Task ListCsv_AcceptHeader_SameCsvAsTheFormatParameter()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/invoices?{December}&customerId=c-omar");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var viaAccept = await (await app.Http.SendAsync(request)).Content.ReadAsStringAsync();
        var viaFormat = await app.Http.GetStringAsync($"api/invoices?{December}&customerId=c-omar&format=csv");

        Assert.StartsWith("number,type,status,issuedAt,", viaAccept, StringComparison.Ordinal);
        Assert.Contains("\r\n", viaAccept, StringComparison.Ordinal);
        Assert.Equal(viaFormat, viaAccept);
    }

    static List<Dictionary<string, string>> ReadRows(string csv)
    {
        using var reader = CsvReader.FromText(csv);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(Core.Invoicing.InvoiceCsv.Header.ToDictionary(h => h, h => reader.GetString(h)));
        }
        return rows;
    }

    static string Sum(IEnumerable<Dictionary<string, string>> rows, string column) =>
        rows.Sum(r => decimal.Parse(r[column], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)).ToString("F2", CultureInfo.InvariantCulture);
}
