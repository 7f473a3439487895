using System.Globalization;
using OrderFlow.Core.Common;
using OrderFlow.Core.Security;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>
/// A recurring one-to-one. <see cref="FirstStart"/> is a wall-clock time in <see cref="TimeZone"/> (IANA), so the
/// meeting stays at 10:00 local across daylight-saving changes. <see cref="Sequence"/> is the iCalendar SEQUENCE:
/// every change that is sent to the participants bumps it. <see cref="Skipped"/> maps each skipped meeting's local
/// date to the sequence of its cancellation. <see cref="NotifiedSequence"/> is the sequence up to which the
/// participants' emails are queued: a change is stored first and notified after, so a retry after a crash in
/// between sends what is missing, and a retry after success sends nothing again. <see cref="CreatedBy"/> and
/// <see cref="UpdatedBy"/> say who set it up and who skipped or cancelled last (none on series set up before).
/// </summary>
public sealed record OneOnOneSeries(
    string Id,
    Participant Manager,
    Participant Employee,
    Cadence Cadence,
    int DurationMinutes,
    DateTime FirstStart,
    string TimeZone,
    int Sequence,
    bool Cancelled,
    IReadOnlyDictionary<DateOnly, int> Skipped,
    int NotifiedSequence)
{
    public Actor? CreatedBy { get; init; }

    public Actor? UpdatedBy { get; init; }

    /// <summary>
    /// A new series. Its ID is keyed on who meets when and how often, so a retried request finds the series the
    /// first attempt created instead of inviting everyone twice, and the ID in a meeting link names no one. Given the
    /// caller's <paramref name="idempotencyKey"/>, it is keyed on that instead: a retry whose terms were worked out
    /// anew (a first meeting two days from whenever it runs) still finds the first series.
    /// </summary>
    public static OneOnOneSeries Create(Participant manager, Participant employee, SeriesTerms terms, KeyedIds ids, Actor? by = null, string? idempotencyKey = null)
    {
        var id = "oo-" + (idempotencyKey is null
            ? ids.For("one-on-one", manager.Id, employee.Id, $"{terms.Cadence}", terms.DurationMinutes.ToString(CultureInfo.InvariantCulture), terms.FirstStart.ToString("s", CultureInfo.InvariantCulture), terms.TimeZone)
            : ids.For("one-on-one-key", by?.Id ?? "", idempotencyKey));
        return new OneOnOneSeries(id, manager, employee, terms.Cadence, terms.DurationMinutes, terms.FirstStart, terms.TimeZone, 0, false, new Dictionary<DateOnly, int>(), NotifiedSequence: -1)
        {
            CreatedBy = by,
        };
    }

    /// <summary>The iCalendar UID: the same for every message about this series, so calendars update one entry.</summary>
    public string Uid => $"{Id}@orderflow";

    public TimeSpan Duration => TimeSpan.FromMinutes(DurationMinutes);

    public Participant Get(ParticipantRole role) => role == ParticipantRole.Manager ? Manager : Employee;

    public bool IsSkipped(DateOnly date) => Skipped.ContainsKey(date);

    public bool HasUnnotifiedChanges => NotifiedSequence < Sequence;

    public OneOnOneSeries WithSkip(DateOnly date, Actor? by = null)
    {
        var sequence = Sequence + 1;
        return this with { Sequence = sequence, Skipped = new Dictionary<DateOnly, int>(Skipped) { [date] = sequence }, UpdatedBy = by };
    }

    public OneOnOneSeries AsCancelled(Actor? by = null) => this with { Sequence = Sequence + 1, Cancelled = true, UpdatedBy = by };
}
