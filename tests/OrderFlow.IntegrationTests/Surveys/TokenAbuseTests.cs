using Microsoft.Extensions.Options;
using OrderFlow.Core.Security;
using OrderFlow.Core.Surveys;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Surveys;

/// <summary>A link works once, for its own invitation, until its round closes; anything else is refused and stores nothing.</summary>
[Collection(SharedApps.Surveys)]
public class TokenAbuseTests(SurveyApp app)
{
    async Task<(string SurveyId, string RoundId, IReadOnlyList<SurveyMail.Mail> Mails)> RoundAsync()
    {
        var (surveyId, roundId, _, mails) = await app.InvitedRoundAsync(3);
        return (surveyId, roundId, mails);
    }

    Task<int> ResponseCountAsync(string roundId) => app.ResponseCountAsync(roundId);

    static SignedLinks Forger() =>
        new(Options.Create(new LinkOptions { SigningKey = SurveyApp.SigningKey, PublicBaseUrl = "http://unused" }), TimeProvider.System);

    static string Token(string link) => link[(link.LastIndexOf('/') + 1)..];

    static string Link(string link, string token) => link[..(link.LastIndexOf('/') + 1)] + token;

    [Fact]
    public async Task Answer_SecondSubmit_410AndOnlyTheFirstStored()
    {
        var (_, roundId, mails) = await RoundAsync();

        var first = await SurveyApi.AnswerAsync(mails[0].Link, 9);
        var second = await SurveyApi.AnswerAsync(mails[0].Link, 0);
        var page = await SurveyApi.GetPageAsync(mails[0].Link);

        Assert.Equal(200, first.Status);
        Assert.Equal(410, second.Status);
        Assert.Contains("Already answered", second.Html, StringComparison.Ordinal);
        Assert.Equal(410, page.Status);
        Assert.Equal(1, await ResponseCountAsync(roundId));
    }

    [Fact]
    public async Task Answer_TamperedToken_404RevealingNothingAndNothingStored()
    {
        var (_, roundId, mails) = await RoundAsync();
        var token = Token(mails[0].Link);
        var tampered = Link(mails[0].Link, token[..5] + (token[5] == 'x' ? 'y' : 'x') + token[6..]);

        var get = await SurveyApi.GetPageAsync(tampered);
        var post = await SurveyApi.AnswerAsync(tampered, 10);
        var garbage = await SurveyApi.GetPageAsync(Link(mails[0].Link, "not-a-token"));

        Assert.Equal((404, 404, 404), (get.Status, post.Status, garbage.Status));
        Assert.Equal(get.Html, garbage.Html);
        Assert.DoesNotContain("Pulse check", get.Html, StringComparison.Ordinal);
        Assert.Equal(0, await ResponseCountAsync(roundId));
    }

    [Fact]
    public async Task Answer_ExpiredOrClosed_RefusedAndNothingStored()
    {
        var (surveyId, roundId, mails) = await RoundAsync();
        var invitationId = Forger().Verify(Token(mails[0].Link), SurveyLinks.Purpose).Claims!.Ids[2];
        var expired = Forger().Issue(new LinkClaims(SurveyLinks.Purpose, [surveyId, roundId, invitationId], DateTimeOffset.UtcNow.AddMinutes(-1)));

        var expiredAnswer = await SurveyApi.AnswerAsync(Link(mails[0].Link, expired), 10);
        await app.Service<RoundTimers>().CloseDueAsync(DateTimeOffset.UtcNow.AddDays(6), CancellationToken.None);
        var closedAnswer = await SurveyApi.AnswerAsync(mails[1].Link, 10);

        Assert.Equal(404, expiredAnswer.Status);
        Assert.Equal(410, closedAnswer.Status);
        Assert.Contains("closed", closedAnswer.Html, StringComparison.Ordinal);
        Assert.Equal(0, await ResponseCountAsync(roundId));
    }

    [Fact]
    public async Task Answer_TokenPointedAtAnotherRound_404AndNothingStoredInEither()
    {
        var (surveyId, firstRound, mails) = await RoundAsync();
        var (secondRound, _) = await SurveyApi.OpenRoundAsync(app.Http, surveyId);
        var invitationId = Forger().Verify(Token(mails[0].Link), SurveyLinks.Purpose).Claims!.Ids[2];
        var moved = Forger().Issue(new LinkClaims(SurveyLinks.Purpose, [surveyId, secondRound, invitationId], DateTimeOffset.UtcNow.AddDays(5)));
        var oneOnOne = Forger().Issue(new LinkClaims("one-on-one", [surveyId, firstRound, invitationId], DateTimeOffset.UtcNow.AddDays(5)));

        var movedAnswer = await SurveyApi.AnswerAsync(Link(mails[0].Link, moved), 10);
        var wrongPurpose = await SurveyApi.AnswerAsync(Link(mails[0].Link, oneOnOne), 10);

        Assert.NotEqual(firstRound, secondRound);
        Assert.Equal((404, 404), (movedAnswer.Status, wrongPurpose.Status));
        Assert.Equal(0, await ResponseCountAsync(firstRound));
        Assert.Equal(0, await ResponseCountAsync(secondRound));
    }
}
