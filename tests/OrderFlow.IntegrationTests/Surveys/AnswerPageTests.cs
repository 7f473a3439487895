using System.Net.Http.Json;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Surveys;

/// <summary>The answer page as a browser sees it: self-contained HTML, field problems shown on the form, JSON accepted too.</summary>
[Collection(SharedApps.Surveys)]
public class AnswerPageTests(SurveyApp app)
{
    async Task<(string RoundId, IReadOnlyList<SurveyMail.Mail> Mails)> RoundAsync()
    {
        var (_, roundId, _, mails) = await app.InvitedRoundAsync(3);
        return (roundId, mails);
    }

    Task<int> ResponseCountAsync(string roundId) => app.ResponseCountAsync(roundId);

    [Fact]
    public async Task Show_ValidLink_SelfContainedAccessibleForm()
    {
        var (_, mails) = await RoundAsync();
        using var browser = new HttpClient();

        var response = await browser.GetAsync(mails[0].Link);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"0, Not at all likely\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"10, Extremely likely\"", html, StringComparison.Ordinal);
        Assert.Contains("without your name, email or employee ID", html, StringComparison.Ordinal);
        Assert.Equal(4, html.Split("<fieldset").Length - 1);
    }

    [Fact]
    public async Task Submit_OutOfRange_400FormWithTheProblemAndNothingStoredThenAnswerable()
    {
        var (roundId, mails) = await RoundAsync();
        using var browser = new HttpClient();

        var bad = await browser.PostAsync(mails[0].Link, new FormUrlEncodedContent(new Dictionary<string, string> { ["q1"] = "11", ["q3"] = "Beer" }));
        var badHtml = await bad.Content.ReadAsStringAsync();
        var stored = await ResponseCountAsync(roundId);
        var good = await SurveyApi.AnswerAsync(mails[0].Link, 7);

        Assert.Equal(400, (int)bad.StatusCode);
        Assert.Contains("Choose a number from 0 to 10.", badHtml, StringComparison.Ordinal);
        Assert.Contains("Choose one of the options.", badHtml, StringComparison.Ordinal);
        Assert.Equal(0, stored);
        Assert.Equal(200, good.Status);
        Assert.Equal(1, await ResponseCountAsync(roundId));
    }

    [Fact]
    public async Task Submit_Json_StoredAndJsonProblemsForBadValues()
    {
        var (roundId, mails) = await RoundAsync();
        using var client = new HttpClient();

        var bad = await client.PostAsJsonAsync(mails[1].Link, new { q2 = 9 });
        var good = await client.PostAsJsonAsync(mails[1].Link, new { q1 = 10, q4 = "Great team" });

        Assert.Equal(400, (int)bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Equal(200, (int)good.StatusCode);
        Assert.Equal(1, await ResponseCountAsync(roundId));
    }
}
