using System.Globalization;
using Azure;
using OrderFlow.Core.Common;
using OrderFlow.Core.Security;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>
/// Sets up, skips and cancels one-to-one series. Each change is stored first (ETag-guarded), then its emails are
/// queued and the series marked notified; a retry finds the change stored and queues only what was not queued yet.
/// </summary>
public sealed class OneOnOneService(SeriesStore store, ParticipantLookup participants, InviteEmails emails, KeyedIds ids, TimeProvider time)
{
    /// <summary>A new series, or the one a retry finds: by its terms, or by <paramref name="idempotencyKey"/> when given.</summary>
    public async Task<SeriesResult> CreateAsync(OneOnOneInput input, Actor by, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var terms = input.Validate(errors, time.GetUtcNow());
        var (manager, employee) = await participants.ResolveAsync(input, errors, cancellationToken);
        if (!errors.IsEmpty)
        {
            return SeriesResult.Invalid(errors);
        }
        var (stored, added) = await store.AddAsync(OneOnOneSeries.Create(manager!, employee!, terms!, ids, by, idempotencyKey), cancellationToken);
        return stored.Series.Cancelled
            ? SeriesResult.Cancelled
            : SeriesResult.Ok(await NotifyAsync(stored, cancellationToken), created: added);
    }

    public async Task<OneOnOneSeries?> FindAsync(string id, CancellationToken cancellationToken) =>
        EntityKey.IsValid(id) ? (await store.FindAsync(id, cancellationToken))?.Series : null;

    /// <summary>Skips the meeting on a local date ("2026-12-08"): a CANCEL for that meeting with the sequence bumped.</summary>
    public async Task<SeriesResult> SkipAsync(string id, string? date, Actor by, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return SeriesResult.Invalid("date", "The meeting's local date is required: \"2026-12-08\".");
        }
        return await ChangeAsync(id, series =>
        {
            if (series.Cancelled)
            {
                return SeriesResult.Cancelled;
            }
            if (MeetingSchedule.On(series, day) is not { } meeting)
            {
                return SeriesResult.Invalid("date", $"The series has no meeting on {day:yyyy-MM-dd} ({series.TimeZone}).");
            }
            if (series.IsSkipped(day))
            {
                return SeriesResult.Ok(series);
            }
            return meeting.Start <= time.GetUtcNow()
                ? SeriesResult.Invalid("date", "That meeting has already started.")
                : SeriesResult.Ok(series.WithSkip(day, by));
        }, cancellationToken);
    }

    /// <summary>Cancels the whole series; cancelling again changes nothing and sends nothing new.</summary>
    public Task<SeriesResult> CancelAsync(string id, Actor by, CancellationToken cancellationToken) =>
        ChangeAsync(id, series => SeriesResult.Ok(series.Cancelled ? series : series.AsCancelled(by)), cancellationToken);

    /// <summary>Reads the series, applies <paramref name="change"/>, stores it if it changed, and notifies.</summary>
    async Task<SeriesResult> ChangeAsync(string id, Func<OneOnOneSeries, SeriesResult> change, CancellationToken cancellationToken) =>
        await OptimisticConcurrency.RetryAsync(async () =>
        {
            if (!EntityKey.IsValid(id) || await store.FindAsync(id, cancellationToken) is not { } stored)
            {
                return SeriesResult.NotFound;
            }
            var result = change(stored.Series);
            if (result.Series is not { } changed)
            {
                return result;
            }
            if (changed != stored.Series)
            {
                stored = await store.ReplaceAsync(stored, changed, cancellationToken);
            }
            return SeriesResult.Ok(await NotifyAsync(stored, cancellationToken));
        }, cancellationToken);

    async Task<OneOnOneSeries> NotifyAsync(StoredSeries stored, CancellationToken cancellationToken)
    {
        if (!stored.Series.HasUnnotifiedChanges)
        {
            return stored.Series;
        }
        await emails.SendPendingAsync(stored.Series, cancellationToken);
        var notified = stored.Series with { NotifiedSequence = stored.Series.Sequence };
        try
        {
            await store.ReplaceAsync(stored, notified, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // A concurrent change got in first; it queues whatever is still unnotified, ours included.
        }
        return notified;
    }
}
