using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.OneOnOnes;
using OrderFlow.Core.People;
using OrderFlow.Core.Surveys;

namespace OrderFlow.IntegrationTests.DevHost;

/// <summary>
/// What the demo data holds of people, as a re-run of the seed must leave it: surveys, their rounds with how many
/// answered, one-to-one series and employees (with who saved each last).
/// </summary>
sealed record DemoPeopleData(
    IReadOnlyList<(string Id, string Title, DateTimeOffset CreatedAt)> Surveys,
    IReadOnlyList<(string RoundId, int Invited, int Answered, bool Closed)> Rounds,
    IReadOnlyList<string> Series,
    IReadOnlyList<Employee> Employees)
{
    public static async Task<DemoPeopleData> ReadAsync(IServiceProvider services)
    {
        var surveys = await services.GetRequiredService<SurveyStore>().AllAsync(CancellationToken.None);
        var rounds = new List<(string, int, int, bool)>();
        foreach (var survey in surveys)
        {
            foreach (var round in await services.GetRequiredService<RoundStore>().OfSurveyAsync(survey.Id, CancellationToken.None))
            {
                var invitations = await services.GetRequiredService<AnswerStore>().InvitationsAsync(round.RoundId, CancellationToken.None);
                rounds.Add((round.RoundId, round.Invited, invitations.Count(i => i.Answered), round.Closed));
            }
        }
        var series = await services.GetRequiredService<SeriesStore>().ListAsync(null, CancellationToken.None);
        var employees = await services.GetRequiredService<EmployeeDirectory>().AllActiveAsync(CancellationToken.None);
        return new(
            [.. surveys.Select(s => (s.Id, s.Title, s.CreatedAt)).Order()],
            [.. rounds.Order()],
            [.. series.Select(s => s.Id).Order(StringComparer.Ordinal)],
            [.. employees.OrderBy(e => e.Id, StringComparer.Ordinal)]);
    }
}
