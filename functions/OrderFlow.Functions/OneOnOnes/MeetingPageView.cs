using System.Globalization;
using OrderFlow.Core.OneOnOnes;

namespace OrderFlow.Functions.OneOnOnes;

/// <summary>
/// A participant's meeting page as JSON (GET with Accept: application/json, and PUT): the shared agenda and the
/// viewer's own notes — never the other participant's.
/// </summary>
public sealed record MeetingPageView(
    string Date, string Start, string TimeZone, int DurationMinutes, string Status, string You, string With, IReadOnlyList<AgendaItemView> Agenda, string Notes)
{
    public static MeetingPageView From(MeetingPage page) => new(
        page.Meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        page.Meeting.LocalStart.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        page.Series.TimeZone,
        page.Series.DurationMinutes,
        StatusOf(page),
        page.Viewer.ToString().ToLowerInvariant(),
        Other(page).Name,
        [.. page.Agenda.Select(i => new AgendaItemView(i.Id, i.Text, i.AddedBy.ToString().ToLowerInvariant(), i.AddedFor < page.Meeting.Date, i.Done))],
        page.Notes);

    public static string StatusOf(MeetingPage page) => page.Series.Cancelled ? "cancelled" : page.Skipped ? "skipped" : "scheduled";

    public static Participant Other(MeetingPage page) =>
        page.Series.Get(page.Viewer == ParticipantRole.Manager ? ParticipantRole.Employee : ParticipantRole.Manager);
}

public sealed record AgendaItemView(string Id, string Text, string AddedBy, bool CarriedOver, bool Done);
