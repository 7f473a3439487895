using System.Net;
using OrderFlow.Core.People;
using OrderFlow.Functions.Pages.People;
using OrderFlow.IntegrationTests.Access;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Surveys;
using static OrderFlow.IntegrationTests.People.PageForms;

namespace OrderFlow.IntegrationTests.People;

[Collection(SharedApps.Surveys)]
public class EmployeesPageTests(SurveyApp app)
{
    [Fact]
    public async Task Upload_CsvWithBadRows_ShowsEachRowsProblemAndImportsNothing()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var csv = $"id,name,email,department,managerId,timeZone,active\n{tag}-1,Ada {tag},ada-{tag}@example.test,Ops,,Europe/Berlin,true\n{tag}-2,Bo {tag},not-an-email,Ops,,Mars/Olympus,true\n";
        using var haruto = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Haruto);

        var (status, _, html) = await haruto.PostFormAsync(EmployeesPage.Path, [Field(EmployeesPage.CsvField, csv)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("Nothing was imported", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">3</th><td>email</td><td>A valid email address is required.</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">3</th><td>timeZone</td>", html, StringComparison.Ordinal);
        Assert.Contains($"ada-{tag}@example.test", html, StringComparison.Ordinal);
        Assert.Null(await app.Service<EmployeeDirectory>().FindAsync($"{tag}-1", CancellationToken.None));
    }

    [Fact]
    public async Task Upload_GoodCsv_SaysHowManyAndRecordsWhoImported()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var csv = $"id,name,email,department,managerId,timeZone,active\n{tag}-1,Ada {tag},ada-{tag}@example.test,Ops,,Europe/Berlin,true\n{tag}-2,Bo {tag},bo-{tag}@example.test,Ops,{tag}-1,Europe/Berlin,true\n";
        using var haruto = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Haruto);

        var (status, location, _) = await haruto.PostFormAsync(EmployeesPage.Path, [Field(EmployeesPage.CsvField, csv)]);
        var (_, page) = await haruto.PageAsync(location!);

        Assert.Equal(HttpStatusCode.SeeOther, status);
        Assert.Contains("2 employees imported.", page, StringComparison.Ordinal);
        var bo = await app.Service<EmployeeDirectory>().FindAsync($"{tag}-2", CancellationToken.None);
        Assert.Equal(($"{tag}-1", "Haruto Sato"), (bo!.ManagerId, bo.UpdatedBy!.Name));
    }

    [Fact]
    public async Task Upload_CsvFile_ImportedOverTheBox_ABadFileComesBackInTheBoxWithItsRowProblems()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var good = $"\uFEFFid,name,email,department,managerId,timeZone,active\r\n{tag}-1,Ada {tag},ada-{tag}@example.test,Ops,,Europe/Berlin,true\r\n";
        var bad = $"id,name,email,department,managerId,timeZone,active\n{tag}-2,Bo {tag},not-an-email,Ops,,Europe/Berlin,true\n";
        using var haruto = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Haruto);

        // The box holds a row too: a chosen file counts over it.
        var (status, location, _) = await haruto.PostFileAsync(EmployeesPage.Path, EmployeesPage.FileField, "people.csv", good, [Field(EmployeesPage.CsvField, $"id,name\n{tag}-9,Ignored")]);
        var (_, page) = await haruto.PageAsync(location!);
        var (badStatus, _, badPage) = await haruto.PostFileAsync(EmployeesPage.Path, EmployeesPage.FileField, "people.csv", bad, []);
        var (noFileStatus, _, noFilePage) = await haruto.PostFileAsync(EmployeesPage.Path, EmployeesPage.FileField, "", "", []);
        var directory = app.Service<EmployeeDirectory>();
        var ada = await directory.FindAsync($"{tag}-1", CancellationToken.None);

        Assert.Equal(HttpStatusCode.SeeOther, status);
        Assert.Contains("1 employee imported.", page, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", page, StringComparison.Ordinal);
        Assert.Contains($"<input type=\"file\" id=\"f-{EmployeesPage.FileField}\" name=\"{EmployeesPage.FileField}\"", page, StringComparison.Ordinal);
        Assert.Equal(("Ada " + tag, "Haruto Sato"), (ada!.Name, ada.UpdatedBy!.Name));
        Assert.Null(await directory.FindAsync($"{tag}-9", CancellationToken.None));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badStatus);
        Assert.Contains("<tr><th scope=\"row\">2</th><td>email</td><td>A valid email address is required.</td></tr>", badPage, StringComparison.Ordinal);
        Assert.Contains($"{tag}-2,Bo {tag},not-an-email", badPage, StringComparison.Ordinal);
        Assert.Null(await directory.FindAsync($"{tag}-2", CancellationToken.None));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noFileStatus);
        Assert.Contains("Nothing was imported", noFilePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_MoreThanAPage_NextPageLinkShowsTheRest()
    {
        using var haruto = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Haruto);
        await SurveyApi.ImportAsync(app.Http, 60);

        var (status, first) = await haruto.PageAsync(EmployeesPage.Path);
        var next = System.Text.RegularExpressions.Regex.Match(first, "href=\"([^\"]+)\" rel=\"next\"").Groups[1].Value;
        var (_, second) = await haruto.PageAsync(WebUtility.HtmlDecode(next));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(50, CountRows(first));
        Assert.True(CountRows(second) > 0, second);
    }

    static int CountRows(string html) => html.Split("<th scope=\"row\">").Length - 1;
}
