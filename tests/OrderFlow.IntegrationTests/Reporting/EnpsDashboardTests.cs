using System.Net;
using System.Text.RegularExpressions;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Surveys;

namespace OrderFlow.IntegrationTests.Reporting;

/// <summary>The dashboard's eNPS trend once a survey round has its eNPS computed by the host's own timer function.</summary>
[Collection(SharedApps.Reporting)]
public partial class EnpsDashboardTests(ReportingApp app)
{
    [Fact]
    public async Task Dashboard_RoundWithFiveAnswersComputed_ShowsEnpsChartWithItsScore()
    {
        var employees = await SurveyApi.ImportAsync(app.Http, 6);
        var surveyId = await SurveyApi.CreateSurveyAsync(app.Http, employees.Select(e => e.Department), threshold: 5);
        await SurveyApi.OpenRoundAsync(app.Http, surveyId);
        var mails = await SurveyMail.WaitForAsync([.. employees.Select(e => e.Email)], "Pulse check: a short survey", 6);
        // Three promoters, one passive, one detractor of five: 60% − 20% = 40; the sixth person never answers.
        foreach (var (mail, score) in mails.Zip([10, 9, 9, 8, 3]))
        {
            Assert.Equal(200, (await SurveyApi.AnswerAsync(mail.Link, score)).Status);
        }

        (await app.Http.PostAsync("admin/functions/ComputeEnps", null)).EnsureSuccessStatusCode();
        var html = await Eventually.WaitForAsync(
            () => app.Http.GetStringAsync("api/engagement/dashboard"),
            page => page.Contains("id=\"enps-1-title\"", StringComparison.Ordinal), TimeSpan.FromSeconds(120), "the dashboard to draw the eNPS chart");

        // HtmlEncode writes ± as &#177;: compare the text a browser shows.
        var chart = EnpsChart().Match(WebUtility.HtmlDecode(html));
        Assert.True(chart.Success, "no accessible eNPS SVG in the page");
        Assert.Equal("eNPS per round: Pulse check", chart.Groups["title"].Value);
        // 95% margin for 5 of 6 invited: 1.96 × √((0.8 − 0.4²) / 5 × 1/5) × 100 = 31.4 points.
        Assert.Contains("<b>40 ± 31 (5 answers)</b>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains(": eNPS 40 ± 31</title></circle>", chart.Value, StringComparison.Ordinal);
        Assert.Contains("<td>40 ± 31</td>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("No eNPS results yet", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<svg [^>]*role=\"img\" aria-labelledby=\"enps-1-title enps-1-desc\"><title id=\"enps-1-title\">(?<title>[^<]+)</title><desc id=\"enps-1-desc\">[^<]+</desc>.*?</svg>")]
    private static partial Regex EnpsChart();
}
