using System.Net.Http.Json;
using Microsoft.Playwright;
using OrderFlow.Core.People;
using OrderFlow.Core.Surveys;
using OrderFlow.Functions.Pages.People;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Surveys;

namespace OrderFlow.IntegrationTests.People;

/// <summary>The People pages in a real browser: Haruto creates a survey in the form and uploads employees as a file; every main page passes axe.</summary>
[Collection(SharedApps.Surveys)]
public class PeoplePagesBrowserTests(SurveyApp app)
{
    [Fact]
    public async Task Haruto_CreatesASurveyInTheForm_SeesItCreatedAndThePagesAreAccessible()
    {
        var title = "Team pulse " + Guid.NewGuid().ToString("N")[..6];
        await using var browser = await Browser.OpenAsync(app.Http.BaseAddress!, 390, 844);
        var page = browser.Page;
        await browser.AsAsync("Haruto Sato", SurveysPage.Path);

        var listViolations = await Axe.SeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Create a survey" }).ClickAsync();
        var formViolations = await Axe.SeriousViolationsAsync(page);
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Cadence").SelectOptionAsync("quarterly");
        var first = page.GetByRole(AriaRole.Group, new() { Name = "Question 1", Exact = true });
        await first.GetByLabel("Type").SelectOptionAsync("enps");
        await first.GetByLabel("Question", new() { Exact = true }).FillAsync("How likely are you to recommend us?");
        var second = page.GetByRole(AriaRole.Group, new() { Name = "Question 2", Exact = true });
        await second.GetByLabel("Type").SelectOptionAsync("choice");
        await second.GetByLabel("Question", new() { Exact = true }).FillAsync("What would help most?");
        await second.GetByLabel("Options (choice only)").FillAsync("Focus time\nTraining");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create survey" }).PressAsync("Enter");
        await page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 }).WaitForAsync(new() { Timeout = 60_000 });
        var notice = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        var surveyViolations = await Axe.SeriousViolationsAsync(page);

        Assert.Equal("Survey created.", notice);
        var survey = Assert.Single(await app.Service<SurveyStore>().AllAsync(CancellationToken.None), s => s.Title == title);
        Assert.Equal((Cadence.Quarterly, 2, "Haruto Sato"), (survey.Cadence, survey.Questions.Count, survey.CreatedBy!.Name));
        Assert.Equal(["Focus time", "Training"], survey.Questions[1].Options);
        Assert.Empty(listViolations);
        Assert.Empty(formViolations);
        Assert.Empty(surveyViolations);
        Assert.Empty(browser.RequestsElsewhere);
    }

    [Fact]
    public async Task Haruto_UploadsACsvFile_SeesItImportedInHisName()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var csv = $"id,name,email,department,managerId,timeZone,active\n{tag}-1,Uma {tag},uma-{tag}@example.test,Ops,,Europe/Berlin,true\n";
        await using var browser = await Browser.OpenAsync(app.Http.BaseAddress!, 390, 844);
        var page = browser.Page;
        await browser.AsAsync("Haruto Sato", EmployeesPage.Path);

        await page.GetByLabel("CSV file", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "people.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import employees" }).PressAsync("Enter");
        var notice = page.GetByRole(AriaRole.Status);
        await notice.WaitForAsync(new() { Timeout = 60_000 });

        Assert.Equal("1 employee imported.", await notice.InnerTextAsync());
        var uma = await app.Service<EmployeeDirectory>().FindAsync($"{tag}-1", CancellationToken.None);
        Assert.Equal(($"Uma {tag}", "Haruto Sato"), (uma!.Name, uma.UpdatedBy!.Name));
        Assert.Empty(browser.RequestsElsewhere);
    }

    [Fact]
    public async Task MainPeoplePages_Axe_NoSeriousViolations()
    {
        var (surveyId, roundId, _, _) = await app.InvitedRoundAsync(3);
        var report = "r-" + Guid.NewGuid().ToString("N")[..8];
        (await app.Http.PutAsJsonAsync("api/employees/e-018", new { name = "Ethan Brooks", email = "ethan.brooks@orderflow.example", department = "Operations", timeZone = "Europe/Berlin", active = true })).EnsureSuccessStatusCode();
        (await app.Http.PutAsJsonAsync($"api/employees/{report}", new { name = "Rae Report", email = $"{report}@example.test", department = "Operations", managerId = "e-018", timeZone = "Europe/Berlin", active = true })).EnsureSuccessStatusCode();
        var violations = new Dictionary<string, IReadOnlyList<string>>();
        await using (var haruto = await Browser.OpenAsync(app.Http.BaseAddress!))
        {
            await haruto.AsAsync("Haruto Sato", EmployeesPage.Path);
            foreach (var path in new[] { EmployeesPage.Path, SurveysPage.Of(surveyId), SurveysPage.EditOf(surveyId), SurveysPage.ResultsOf(surveyId, roundId), OneOnOnesView.Path })
            {
                await haruto.Page.GotoAsync(path);
                violations[path] = await Axe.SeriousViolationsAsync(haruto.Page);
            }
        }
        await using var ethan = await Browser.OpenAsync(app.Http.BaseAddress!);
        await ethan.AsAsync("Ethan Brooks", OneOnOnesView.Path);
        var managerHeading = await ethan.Page.GetByRole(AriaRole.Heading, new() { Name = "Set up a one-to-one" }).CountAsync();
        violations["manager " + OneOnOnesView.Path] = await Axe.SeriousViolationsAsync(ethan.Page);

        Assert.Equal(1, managerHeading);
        Assert.All(violations, v => Assert.True(v.Value.Count == 0, $"{v.Key}: {string.Join("; ", v.Value)}"));
    }
}
