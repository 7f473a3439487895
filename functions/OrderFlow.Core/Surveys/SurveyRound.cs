using OrderFlow.Core.Common;

namespace OrderFlow.Core.Surveys;

/// <summary>
/// One round of a survey: who was invited is fixed when it opens; links expire when it closes.
/// <see cref="FannedOut"/> turns true once every invitation is written and queued, so an interrupted opening resumes.
/// <see cref="OpenedBy"/> is who opened it by hand; none for a round its cadence opened.
/// </summary>
public sealed record SurveyRound(
    string SurveyId,
    string RoundId,
    DateTimeOffset OpenedAt,
    DateTimeOffset RemindAt,
    DateTimeOffset ClosesAt,
    int Invited,
    bool FannedOut,
    bool RemindersSent,
    bool Closed,
    bool ResultsFinal)
{
    public Actor? OpenedBy { get; init; }

    public static SurveyRound Open(Survey survey, string roundId, DateTimeOffset now, Actor? openedBy = null) =>
        new(survey.Id, roundId, now, now.AddDays(survey.ReminderAfterDays), now.AddDays(survey.CloseAfterDays), 0, false, false, false, false) { OpenedBy = openedBy };

    /// <summary>A scheduled round's ID: the survey and its cadence period, so a period can only ever open one.</summary>
    public static string ScheduledId(Survey survey, DateTimeOffset now) => $"{survey.Id}.{survey.Cadence.PeriodOf(now)}";

    /// <summary>An extra round opened by hand within a period that already has its scheduled one.</summary>
    public static string ExtraId(Survey survey, DateTimeOffset now) =>
        $"{survey.Id}.{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff", System.Globalization.CultureInfo.InvariantCulture)}";
}
