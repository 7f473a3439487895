using System.Net.Http.Json;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>
/// Business customers in Germany and Austria with their Peppol addresses, and a consumer without one. The customer
/// with own terms reads German, so the run's rule check sees the e-invoice's terms in German too.
/// </summary>
static class PeppolCustomers
{
    public const string GermanBusiness = "c-pep-de";
    public const string GermanWithTerms = "c-pep-terms";
    public const string AustrianBusiness = "c-pep-at";
    public const string Consumer = "c-pep-consumer";

    public static async Task PutAllAsync(HttpClient http)
    {
        await PutAsync(http, GermanBusiness, new { name = "Café Einstein GmbH", email = "einkauf@einstein.example", vatId = "DE987654321", electronicAddress = new { scheme = "9930", id = "DE987654321" } });
        await PutAsync(http, GermanWithTerms, new
        {
            name = "Hotel Adlon KG", email = "ap@adlon.example", vatId = "DE811569869",
            electronicAddress = new { scheme = "0204", id = "991-01234-44" }, paymentTerms = new { netDays = 30, fromMonthEnd = true }, language = "de",
        });
        await PutAsync(http, AustrianBusiness, new { name = "Demel Wien GmbH", email = "einkauf@demel.example", vatId = "ATU13585627", electronicAddress = new { scheme = "9914", id = "ATU13585627" } });
        await PutAsync(http, Consumer, new { name = "Ada Lovelace", email = "ada@example.test" });
    }

    static async Task PutAsync(HttpClient http, string id, object customer)
    {
        var response = await http.PutAsJsonAsync($"api/customers/{id}", customer);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
