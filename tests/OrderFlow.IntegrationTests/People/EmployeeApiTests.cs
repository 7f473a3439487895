using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Common;
using OrderFlow.Core.People;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.People;

[Collection(SharedApps.OrderChannels)]
public class EmployeeApiTests(ProductApp app)
{
    const string Header = "id,name,email,department,managerId,timeZone,active";

    async Task<List<TableEntity>> StoredAsync(string idPrefix)
    {
        var shared = await SharedServices.GetAsync();
        var table = new TableServiceClient(shared.StorageConnection).GetTableClient($"T{app.Names.Suffix}Employees");
        await table.CreateIfNotExistsAsync();
        return [.. table.Query<TableEntity>().Where(e => e.RowKey.StartsWith(idPrefix, StringComparison.Ordinal))];
    }

    Task<HttpResponseMessage> ImportAsync(string csv) =>
        app.Http.PostAsync("api/employees/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

    [Fact]
    public async Task Put_ValidEmployee_StoredWithEveryField()
    {
        var response = await app.Http.PutAsJsonAsync("api/employees/put-1", new { name = "Ada Lovelace", email = "ada@example.test", department = "Engineering", managerId = "put-0", timeZone = "Europe/London", active = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = Assert.Single(await StoredAsync("put-1"));
        Assert.Equal(("Ada Lovelace", "Engineering", "put-0", "Europe/London"), (stored.GetString("Name"), stored.GetString("Department"), stored.GetString("ManagerId"), stored.GetString("TimeZone")));
    }

    [Fact]
    public async Task Put_InvalidFields_400NamingEachAndNothingStored()
    {
        var response = await app.Http.PutAsJsonAsync("api/employees/put-2", new { name = "", email = "x", department = "Sales", timeZone = "Central European Standard Time" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["email", "name", "timeZone"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Empty(await StoredAsync("put-2"));
    }

    [Fact]
    public async Task Import_ValidFile_EveryRowStored()
    {
        var csv = $"{Header}\nimp-1,Mara Schulz,mara@example.test,Engineering,,Europe/Berlin,true\nimp-2,\"Weber, Jonas\",jonas@example.test,Engineering,imp-1,Europe/Berlin,\n";

        var response = await ImportAsync(csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await StoredAsync("imp-");
        Assert.Equal(["imp-1", "imp-2"], stored.Select(e => e.RowKey).Order(StringComparer.Ordinal));
        Assert.Equal("Weber, Jonas", stored.Single(e => e.RowKey == "imp-2").GetString("Name"));
    }

    [Fact]
    public async Task Import_OneBadRow_400ListingRowsAndNothingImported()
    {
        var csv = $"{Header}\nbad-1,Mara Schulz,mara@example.test,Engineering,,Europe/Berlin,true\n"
            + "bad-2,Jonas Weber,not-an-email,Engineering,bad-9,Europe/Berlin,true\n"
            + "bad-3,Lea Fischer,lea@example.test,Engineering,bad-1,Europe/Berlin,maybe\n";

        var response = await ImportAsync(csv);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["rows[3].email", "rows[3].managerId", "rows[4].active"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Empty(await StoredAsync("bad-"));
    }

    [Fact]
    public async Task Import_HeaderWithoutEmail_400NamingTheHeader()
    {
        var response = await ImportAsync("id,name,department,timeZone\nh-1,Mara,Eng,UTC\n");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["header"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Empty(await StoredAsync("h-"));
    }

    [Fact]
    public async Task Directory_AfterImport_FindsByIdDepartmentManagerAndActive()
    {
        var csv = $"{Header}\nlk-1,Mara Boss,boss@example.test,Lookups,,Europe/Berlin,true\n"
            + "lk-2,Jo Report,jo@example.test,Lookups,lk-1,America/New_York,true\nlk-3,Al Gone,al@example.test,Lookups,lk-1,Asia/Tokyo,false\n";
        (await ImportAsync(csv)).EnsureSuccessStatusCode();
        var directory = app.Server.Services.GetRequiredService<EmployeeDirectory>();

        var found = await directory.FindAsync("lk-2", CancellationToken.None);
        var department = await directory.InDepartmentAsync("Lookups", CancellationToken.None);
        var reports = await directory.ReportsOfAsync("lk-1", CancellationToken.None);
        var active = await directory.AllActiveAsync(CancellationToken.None);

        Assert.Equal(new Employee("lk-2", "Jo Report", "jo@example.test", "Lookups", "lk-1", "America/New_York", true) { UpdatedBy = Actor.Key("integration") }, found);
        Assert.Equal(["lk-1", "lk-2", "lk-3"], department.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["lk-2", "lk-3"], reports.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Contains(active, e => e.Id == "lk-1");
        Assert.DoesNotContain(active, e => e.Id == "lk-3");
    }

    [Fact]
    public async Task Import_NotCsv_415()
    {
        var response = await app.Http.PostAsJsonAsync("api/employees/import", new { id = "x" });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
