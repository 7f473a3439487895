using System.Text.Json;
using OrderFlow.Core.Surveys;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Surveys;

/// <summary>The dispatch timer opens each cadence period's round exactly once, however often or late it runs.</summary>
[Collection(SharedApps.Surveys)]
public class DispatchTests(SurveyApp app)
{
    static string[] RoundIds(JsonElement survey) =>
        [.. survey.GetProperty("rounds").EnumerateArray().Select(r => r.GetProperty("roundId").GetString()!).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task DispatchTimer_RunByTheHost_OpensThePeriodsRoundWithEveryInvitation()
    {
        var employees = await SurveyApi.ImportAsync(app.Http, 3);
        var surveyId = await SurveyApi.CreateSurveyAsync(app.Http, employees.Select(e => e.Department), cadence: "weekly");

        (await app.Http.PostAsync("admin/functions/DispatchSurveyRounds", null)).EnsureSuccessStatusCode();
        var survey = await Eventually.WaitForAsync(
            () => SurveyApi.SurveyAsync(app.Http, surveyId),
            s => s.GetProperty("rounds").EnumerateArray().Any(r => r.GetProperty("invited").GetInt32() == 3),
            TimeSpan.FromSeconds(60),
            "the dispatch timer to open the round");

        Assert.Equal([$"{surveyId}.{Cadence.Weekly.PeriodOf(DateTimeOffset.UtcNow)}"], RoundIds(survey));
    }

    [Fact]
    public async Task Dispatch_FiredTwiceAtOnce_OneRound()
    {
        var employees = await SurveyApi.ImportAsync(app.Http, 4);
        var surveyId = await SurveyApi.CreateSurveyAsync(app.Http, employees.Select(e => e.Department));
        var dispatcher = app.Service<RoundDispatcher>();
        var now = DateTimeOffset.UtcNow;

        await Task.WhenAll(dispatcher.OpenDueRoundsAsync(now, CancellationToken.None), dispatcher.OpenDueRoundsAsync(now.AddSeconds(1), CancellationToken.None));
        await dispatcher.OpenDueRoundsAsync(now.AddMinutes(15), CancellationToken.None);

        var survey = await SurveyApi.SurveyAsync(app.Http, surveyId);
        Assert.Equal([$"{surveyId}.{now:yyyy-MM}"], RoundIds(survey));
        Assert.Equal(4, survey.GetProperty("rounds")[0].GetProperty("invited").GetInt32());
        var invitations = (await app.RoundRowsAsync($"{surveyId}.{now:yyyy-MM}")).Where(r => r.RowKey.StartsWith("i-", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, invitations.Count);
    }

    [Fact]
    public async Task Dispatch_LateInThePeriodAndAgain_OpensItOnceThenTheNextPeriodsOnce()
    {
        var employees = await SurveyApi.ImportAsync(app.Http, 3);
        var surveyId = await SurveyApi.CreateSurveyAsync(app.Http, employees.Select(e => e.Department), cadence: "quarterly");
        var dispatcher = app.Service<RoundDispatcher>();
        var lateInQ2 = new DateTimeOffset(2031, 6, 20, 17, 45, 0, TimeSpan.Zero);

        await dispatcher.OpenDueRoundsAsync(lateInQ2, CancellationToken.None);
        await dispatcher.OpenDueRoundsAsync(lateInQ2.AddDays(9), CancellationToken.None);
        await dispatcher.OpenDueRoundsAsync(lateInQ2.AddDays(12), CancellationToken.None);
        await dispatcher.OpenDueRoundsAsync(lateInQ2.AddDays(13), CancellationToken.None);

        var survey = await SurveyApi.SurveyAsync(app.Http, surveyId);
        Assert.Equal([$"{surveyId}.2031-Q2", $"{surveyId}.2031-Q3"], RoundIds(survey));
    }

    [Fact]
    public async Task Dispatch_AfterAnOpeningCutShort_FinishesItWithEveryInvitation()
    {
        var employees = await SurveyApi.ImportAsync(app.Http, 3);
        var surveyId = await SurveyApi.CreateSurveyAsync(app.Http, employees.Select(e => e.Department));
        var survey = (await app.Service<SurveyStore>().FindAsync(surveyId, CancellationToken.None))!;
        var at = new DateTimeOffset(2032, 5, 10, 8, 0, 0, TimeSpan.Zero);
        // A crash right after the round row was added: nothing invited yet.
        await app.Service<RoundStore>().TryAddAsync(SurveyRound.Open(survey, SurveyRound.ScheduledId(survey, at), at), CancellationToken.None);

        await app.Service<RoundDispatcher>().OpenDueRoundsAsync(at.AddMinutes(15), CancellationToken.None);

        var round = (await app.Service<RoundStore>().FindAsync(surveyId, $"{surveyId}.2032-05", CancellationToken.None))!;
        var invitations = await app.Service<AnswerStore>().InvitationsAsync(round.RoundId, CancellationToken.None);
        Assert.Equal((true, 3, at), (round.FannedOut, round.Invited, round.OpenedAt));
        Assert.Equal(employees.Select(e => e.Id).Order(StringComparer.Ordinal), invitations.Select(i => i.EmployeeId).Order(StringComparer.Ordinal));
        Assert.All(invitations, i => Assert.Equal(new DateTimeOffset(2032, 5, 11, 7, 0, 0, TimeSpan.Zero), i.SendAt));
    }
}
