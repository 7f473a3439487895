using System.Globalization;
using OrderFlow.Core.Email;
using OrderFlow.Core.People;
using OrderFlow.Core.Security;

namespace OrderFlow.Core.Surveys;

/// <summary>
/// Emails one person their personal link (or a reminder of it), through the email outbox's once-only delivery: the
/// deduplication key is a keyed pseudonym of invitation and kind, so a retried message sends nothing twice while the
/// outbox's rows (one per reminder, stamped when it went out) cannot be read as a list of who had not answered.
/// </summary>
public sealed class InvitationSender(SurveyStore surveys, RoundStore rounds, AnswerStore answers, EmployeeDirectory directory, EmailOutbox outbox, SealedBox pseudonyms, TimeProvider time)
{
    public async Task SendAsync(InvitationMessage message, CancellationToken cancellationToken)
    {
        var survey = await surveys.FindAsync(message.SurveyId, cancellationToken);
        var round = await rounds.FindAsync(message.SurveyId, message.RoundId, cancellationToken);
        var invitation = await answers.FindInvitationAsync(message.RoundId, message.InvitationId, cancellationToken);
        if (survey is null || round is null || invitation is not { Invitation: var invited } || round.Closed || time.GetUtcNow() >= round.ClosesAt)
        {
            return;
        }
        if (message.Kind == InvitationKind.Reminder && invited.Answered)
        {
            return;
        }
        if (await directory.FindAsync(invited.EmployeeId, cancellationToken) is not { Active: true } employee)
        {
            return;
        }
        var key = $"survey/{round.RoundId}/{pseudonyms.Pseudonym($"{invited.InvitationId}/{message.Kind}")}";
        await outbox.DeliverAsync(
            new EmailMessage(key, employee.Email, employee.Name, Subject(survey, message.Kind), Text(survey, round, employee), Link: SurveyLinks.EmailLinkFor(round, invited.InvitationId), Anonymous: true),
            cancellationToken);
    }

    static string Subject(Survey survey, InvitationKind kind) =>
        kind == InvitationKind.Invite ? $"{survey.Title}: a short survey" : $"Reminder: {survey.Title}";

    static string Text(Survey survey, SurveyRound round, Employee employee) =>
        $"""
        Hello {employee.Name},

        "{survey.Title}" is {(survey.Questions.Count == 1 ? "one short question" : $"{survey.Questions.Count} short questions")}. Your answers help us see how we are doing.

        Answer here (this link is yours, works once, until {round.ClosesAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}):
        {EmailLink.Placeholder}

        Your answers are anonymous: they are stored without your name, email or employee ID and with the date only,
        and results are shown only for groups of at least {survey.AnonymityThreshold} people.
        """;
}
