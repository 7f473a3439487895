using System.Net;
using OrderFlow.Core.Surveys;
using OrderFlow.Functions.Pages.People;
using OrderFlow.IntegrationTests.Access;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.People;
using static OrderFlow.IntegrationTests.People.PageForms;

namespace OrderFlow.IntegrationTests.Surveys;

/// <summary>Haruto (People) runs surveys from the back office: create, edit, open a round, read rates and results.</summary>
[Collection(SharedApps.Surveys)]
public class SurveyPagesTests(SurveyApp app)
{
    static readonly string FormId = SurveyEditing.NewId();

    static List<KeyValuePair<string, string>> Form(string title, int questions, string departments = "", string threshold = "3")
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            Field("title", title), Field("cadence", "monthly"), Field("audience", departments), Field("anonymityThreshold", threshold),
            Field("reminderAfterDays", "2"), Field("closeAfterDays", "5"), Field("sendAtLocalTime", "09:30"),
        };
        for (var i = 0; i < questions; i++)
        {
            fields.AddRange([Field($"questions[{i}].id", $"q{i + 1}"), Field($"questions[{i}].type", i == 0 ? "enps" : "scale"), Field($"questions[{i}].text", $"Question {i + 1}?")]);
        }
        return fields;
    }

    [Fact]
    public async Task Create_ElevenQuestions_RefusedBesideTheQuestionsAndNothingStored()
    {
        using var haruto = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Haruto);
        var id = SurveyEditing.NewId();

        var (status, _, html) = await haruto.PostFormAsync(SurveysPage.NewPath, [.. Form("Eleven", 11), Field(SurveyCreatePage.FormIdField, id)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("<p class=\"error\" id=\"f-questions-error\">A survey has 1–10 questions.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#f-questions\">A survey has 1–10 questions.</a>", html, StringComparison.Ordinal);
        Assert.Null(await app.Service<SurveyStore>().FindAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task Create_SentTwice_OneSurveyCreatedByHaruto()
    {
        using var haruto = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Haruto);
        var title = "Twice " + Guid.NewGuid().ToString("N")[..6];
        List<KeyValuePair<string, string>> form = [.. Form(title, 2), Field(SurveyCreatePage.FormIdField, FormId)];

        var first = await haruto.PostFormAsync(SurveysPage.NewPath, form);
        var second = await haruto.PostFormAsync(SurveysPage.NewPath, form);

        Assert.Equal((HttpStatusCode.SeeOther, $"{SurveysPage.Of(FormId)}?notice=created"), (first.Status, first.Location));
        Assert.Equal(first.Location, second.Location);
        var stored = await app.Service<SurveyStore>().AllAsync(CancellationToken.None);
        var survey = Assert.Single(stored, s => s.Title == title);
        Assert.Equal(("Haruto Sato", 2, 3), (survey.CreatedBy!.Name, survey.Questions.Count, survey.AnonymityThreshold));
        var (_, page) = await haruto.PageAsync(first.Location!);
        Assert.Contains("Survey created.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ChangesSettingsAndRecordsTheEditor_QuestionsFixedOnceARoundOpened()
    {
        using var haruto = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Haruto);
        var employees = await SurveyApi.ImportAsync(app.Http, 3);
        var surveyId = await SurveyApi.CreateSurveyAsync(app.Http, employees.Select(e => e.Department), threshold: 3);
        var department = employees[0].Department;

        var (_, editForm) = await haruto.PageAsync(SurveysPage.EditOf(surveyId));
        var saved = await haruto.PostFormAsync(SurveysPage.EditOf(surveyId), Form("Renamed pulse", 4, department, threshold: "4"));
        await SurveyApi.OpenRoundAsync(app.Http, surveyId);
        var refused = await haruto.PostFormAsync(SurveysPage.EditOf(surveyId), Form("Renamed pulse", 5, department, threshold: "4"));

        Assert.Contains("value=\"Pulse check\"", editForm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, saved.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("The questions cannot change once a round has opened", refused.Html, StringComparison.Ordinal);
        var survey = (await app.Service<SurveyStore>().FindAsync(surveyId, CancellationToken.None))!;
        Assert.Equal(("Renamed pulse", 4, 4, "Haruto Sato"), (survey.Title, survey.AnonymityThreshold, survey.Questions.Count, survey.UpdatedBy!.Name));
    }

    [Fact]
    public async Task Rounds_OpenedAndClosedFromThePage_ResponseRateAndResultsOnlyFromTheThreshold()
    {
        using var haruto = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Haruto);
        var employees = await SurveyApi.ImportAsync(app.Http, 4);
        var surveyId = await SurveyApi.CreateSurveyAsync(app.Http, employees.Select(e => e.Department), threshold: 3);

        var opened = await haruto.PostFormAsync(SurveysPage.RoundsOf(surveyId), [Field(SurveyRoundsPage.LatestField, "")]);
        var again = await haruto.PostFormAsync(SurveysPage.RoundsOf(surveyId), [Field(SurveyRoundsPage.LatestField, "")]);
        var mails = await SurveyMail.WaitForAsync([.. employees.Select(e => e.Email)], "Pulse check: a short survey", 4);
        var roundId = Assert.Single((await SurveyApi.SurveyAsync(app.Http, surveyId)).GetProperty("rounds").EnumerateArray()).GetProperty("roundId").GetString()!;
        await SurveyApi.AnswerAsync(mails[0].Link, 9, "Hidden words");
        await SurveyApi.AnswerAsync(mails[1].Link, 10, "Hidden words");
        var (_, hidden) = await haruto.PageAsync(SurveysPage.ResultsOf(surveyId, roundId));
        await SurveyApi.AnswerAsync(mails[2].Link, 3, "Shown words");
        var (_, shown) = await haruto.PageAsync(SurveysPage.ResultsOf(surveyId, roundId));
        var (_, surveyPage) = await haruto.PageAsync(SurveysPage.Of(surveyId));
        var closed = await haruto.PostFormAsync($"{SurveysPage.ResultsOf(surveyId, roundId)}/close", []);
        var lateAnswer = await SurveyApi.AnswerAsync(mails[3].Link, 8);

        Assert.Equal($"{SurveysPage.Of(surveyId)}?invited=4&notice=opened", opened.Location);
        Assert.Equal($"{SurveysPage.Of(surveyId)}?notice=already-opened", again.Location);
        Assert.Contains("Hidden to protect anonymity", hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden words", hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("Mean", hidden, StringComparison.Ordinal);
        Assert.Contains("3 answers.", shown, StringComparison.Ordinal);
        Assert.Contains("<li>Shown words</li>", shown, StringComparison.Ordinal);
        Assert.Contains("<td>4</td><td>3</td><td>75%</td><td>Haruto Sato</td>", surveyPage, StringComparison.Ordinal);
        Assert.Contains("Close now", surveyPage, StringComparison.Ordinal);
        Assert.Equal($"{SurveysPage.Of(surveyId)}?notice=closed", closed.Location);
        Assert.True((await app.Service<RoundStore>().FindAsync(surveyId, roundId, CancellationToken.None))!.Closed);
        Assert.Equal(410, lateAnswer.Status);
    }

    [Fact]
    public async Task Pages_SalesRep_RefusedWithTheRoleNamed()
    {
        using var amelia = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Amelia);

        var (status, html) = await amelia.PageAsync(SurveysPage.Path);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("People", html, StringComparison.Ordinal);
    }
}
