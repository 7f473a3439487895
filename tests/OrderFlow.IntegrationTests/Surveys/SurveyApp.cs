using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Surveys;

/// <summary>The product app with a signing key the tests know, so they can forge links the way an attacker would try.</summary>
public sealed class SurveyApp : ProductApp
{
    public const string SigningKey = "survey-tests-signing-key-0123456789abcdef";

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
        [new("OrderFlow:Links:SigningKey", SigningKey)];

    public T Service<T>()
        where T : notnull => Server.Services.GetRequiredService<T>();

    /// <summary>How many anonymous answers a round holds, still held ("h-") or released ("r-").</summary>
    public async Task<int> ResponseCountAsync(string roundId) =>
        (await RoundRowsAsync(roundId)).Count(r => r.RowKey.StartsWith("h-", StringComparison.Ordinal) || r.RowKey.StartsWith("r-", StringComparison.Ordinal));

    /// <summary>Every row of the round's partition: invitations, held and released answers, tallies.</summary>
    public async Task<IReadOnlyList<TableEntity>> RoundRowsAsync(string roundId) =>
        [.. (await TableAsync(Core.Surveys.AnswerStore.TableName)).Query<TableEntity>(e => e.PartitionKey == roundId)];

    /// <summary>A department of <paramref name="people"/>, a survey for it, a round opened, and everyone's invitation email.</summary>
    internal async Task<(string SurveyId, string RoundId, IReadOnlyList<TestEmployee> Employees, IReadOnlyList<SurveyMail.Mail> Mails)> InvitedRoundAsync(int people, int threshold = 3)
    {
        var employees = await SurveyApi.ImportAsync(Http, people);
        var surveyId = await SurveyApi.CreateSurveyAsync(Http, employees.Select(e => e.Department), threshold);
        var (roundId, _) = await SurveyApi.OpenRoundAsync(Http, surveyId);
        var mails = await SurveyMail.WaitForAsync([.. employees.Select(e => e.Email)], "Pulse check: a short survey", people);
        return (surveyId, roundId, employees, mails);
    }

    public async Task<TableClient> TableAsync(string name)
    {
        var shared = await SharedServices.GetAsync();
        return new TableServiceClient(shared.StorageConnection).GetTableClient($"T{Names.Suffix}{name}");
    }
}
