using OrderFlow.Core.Common;
using OrderFlow.Core.Security;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>One participant's page for one meeting: the shared agenda and their own private notes.</summary>
public sealed record MeetingPage(OneOnOneSeries Series, Meeting Meeting, ParticipantRole Viewer, IReadOnlyList<AgendaItem> Agenda, string Notes)
{
    public bool Skipped => Series.IsSkipped(Meeting.Date);
}

/// <summary>How opening a link went: the page, or the status to answer with instead (nothing else is revealed).</summary>
public sealed record RoomResult(LinkStatus Status, MeetingPage? Page = null, FieldErrors? Errors = null);

/// <summary>
/// Opens and changes meeting pages. Everything a page shows follows from the verified link alone: its series,
/// meeting and participant. A link must also be the one that was emailed (its hash is in the reminder ledger).
/// </summary>
public sealed class MeetingRoom(MeetingLinks links, ReminderLedger ledger, SeriesStore store, AgendaStore agenda, PrivateNotes notes)
{
    static readonly RoomResult Invalid = new(LinkStatus.Invalid);

    public async Task<RoomResult> OpenAsync(string? token, CancellationToken cancellationToken)
    {
        var (status, access) = links.Read(token);
        if (status != LinkStatus.Valid || access is null)
        {
            return status == LinkStatus.Expired ? new RoomResult(LinkStatus.Expired) : Invalid;
        }
        if (!await ledger.WasIssuedAsync(access, SignedLinks.Hash(token!), cancellationToken)
            || await store.FindAsync(access.SeriesId, cancellationToken) is not { } stored
            || MeetingSchedule.On(stored.Series, access.Date) is not { } meeting)
        {
            return Invalid;
        }
        var items = await agenda.ForMeetingAsync(access.SeriesId, access.Date, cancellationToken);
        var text = await notes.ReadAsync(access, cancellationToken);
        return new RoomResult(LinkStatus.Valid, new MeetingPage(stored.Series, meeting, access.Role, items, text));
    }

    public async Task<RoomResult> ChangeAsync(string? token, MeetingChanges changes, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(token, cancellationToken);
        if (opened.Page is not { } page)
        {
            return opened;
        }
        var errors = new FieldErrors();
        var add = changes.Validate(page.Agenda, errors);
        if (!errors.IsEmpty)
        {
            return new RoomResult(LinkStatus.Valid, page, errors);
        }
        var access = new MeetingAccess(page.Series.Id, page.Meeting.Date, page.Viewer);
        for (var i = 0; i < add.Count; i++)
        {
            await agenda.AddAsync(access, add[i], page.Agenda.Count + i, cancellationToken);
        }
        foreach (var (id, done) in changes.Done ?? new Dictionary<string, bool>())
        {
            await agenda.SetDoneAsync(access, id, done, cancellationToken);
        }
        if (changes.Notes is { } newNotes)
        {
            await notes.SaveAsync(access, newNotes, cancellationToken);
        }
        return await OpenAsync(token, cancellationToken);
    }
}
