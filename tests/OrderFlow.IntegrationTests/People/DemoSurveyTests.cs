using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Surveys;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.People;

/// <summary>The demo shows surveys at work: a closed round with results above the threshold, and an open one still hidden.</summary>
[Collection(SharedApps.DemoData)]
public class DemoSurveyTests(DemoSeededProductApp app)
{
    [Fact]
    public async Task Start_WithDemoData_PulseHasAClosedRoundWithResultsAndAnOpenOneHidden()
    {
        var services = app.Server.Services;
        // One, even after DemoOrdersTests seeds the file again.
        var survey = Assert.Single(await services.GetRequiredService<SurveyStore>().AllAsync(CancellationToken.None), s => s.Title == "Monthly team pulse");
        var rounds = await services.GetRequiredService<RoundStore>().OfSurveyAsync(survey.Id, CancellationToken.None);
        var results = services.GetRequiredService<QuestionResults>();

        Assert.Equal([true, false], rounds.Select(r => r.Closed));
        var closed = await results.ComputeAsync(survey, rounds[0], CancellationToken.None);
        var open = await results.ComputeAsync(survey, rounds[1], CancellationToken.None);
        Assert.Equal((false, 12, 31), (closed.Suppressed, closed.Respondents, rounds[0].Invited));
        Assert.Equal(4, closed.Questions.Count(q => !q.Suppressed));
        Assert.True(open.Suppressed);
        var enps = await services.GetRequiredService<EnpsResultsStore>().SeriesAsync(survey.Id, null, null, null, CancellationToken.None);
        Assert.Contains(enps, p => p.RoundId == rounds[0].RoundId && p is { Suppressed: false, Respondents: 12 });
    }
}
