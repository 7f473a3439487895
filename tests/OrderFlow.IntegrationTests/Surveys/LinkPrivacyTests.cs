using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Surveys;

/// <summary>A survey link read by someone with the directory in hand, and the logs of answering one, name no one.</summary>
[Collection(SharedApps.Surveys)]
public class LinkPrivacyTests(SurveyApp app)
{
    static string Token(string link) => link[(link.LastIndexOf('/') + 1)..];

    static string Payload(string token) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.Split('.')[0]));

    /// <summary>What anyone could compute from a directory: an unsalted hash of round and employee.</summary>
    static string DirectoryHash(string roundId, string employeeId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{roundId}/{employeeId}")));

    [Fact]
    public async Task InvitationLink_DecodedAndHashedAgainstEveryEmployee_NamesNoOne()
    {
        var (_, roundId, employees, mails) = await app.InvitedRoundAsync(4);

        foreach (var mail in mails)
        {
            var payload = Payload(Token(mail.Link));
            var invitationId = JsonDocument.Parse(payload).RootElement.GetProperty("I")[2].GetString()!;
            Assert.All(employees, employee =>
            {
                Assert.DoesNotContain(invitationId, DirectoryHash(roundId, employee.Id), StringComparison.Ordinal);
                Assert.DoesNotContain(employee.Id, payload, StringComparison.Ordinal);
                Assert.DoesNotContain(employee.Email, payload, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(employee.Name, payload, StringComparison.OrdinalIgnoreCase);
            });
        }
    }

    [Fact]
    public async Task AnsweringAndAKeyInTheQuery_Logged_WithNeitherTokenNorKey()
    {
        var capture = new LogCapture();
        app.Server.Services.GetRequiredService<ILoggerFactory>().AddProvider(capture);
        var (surveyId, _, _, mails) = await app.InvitedRoundAsync(3);
        using var keyInQuery = new HttpClient { BaseAddress = app.Http.BaseAddress };

        var page = await SurveyApi.GetPageAsync(mails[0].Link);
        var answer = await SurveyApi.AnswerAsync(mails[0].Link, 9);
        using var keyed = await keyInQuery.GetAsync($"api/surveys/{surveyId}?code={TestApp.HostKey}");

        Assert.Equal((200, 200, 200), (page.Status, answer.Status, (int)keyed.StatusCode));
        Assert.Contains(capture.Lines, line => line.Contains("SubmitSurveyAnswers", StringComparison.Ordinal));
        Assert.DoesNotContain(capture.Lines, line => line.Contains(Token(mails[0].Link), StringComparison.Ordinal));
        Assert.DoesNotContain(capture.Lines, line => line.Contains(TestApp.HostKey, StringComparison.Ordinal));
    }
}
