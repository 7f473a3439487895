using System.Globalization;
using OrderFlow.Core.Common;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>
/// Sets up, skips and cancels one-to-one series. Each change is stored first (ETag-guarded) and its emails queued
/// after; a retried request finds the change done and queues the same emails again, which the outbox sends once.
/// </summary>
public sealed class OneOnOneService(SeriesStore store, ParticipantLookup participants, InviteEmails emails, TimeProvider time)
{
    public async Task<SeriesResult> CreateAsync(OneOnOneInput input, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var terms = input.Validate(errors, time.GetUtcNow());
        var (manager, employee) = await participants.ResolveAsync(input, errors, cancellationToken);
        if (!errors.IsEmpty)
        {
            return SeriesResult.Invalid(errors);
        }
        var (stored, added) = await store.AddAsync(OneOnOneSeries.Create(manager!, employee!, terms!), cancellationToken);
        if (stored.Series.Cancelled)
        {
            return SeriesResult.Cancelled;
        }
        if (stored.Series.Sequence == 0)
        {
            await emails.SendInvitesAsync(stored.Series, cancellationToken);
        }
        return SeriesResult.Ok(stored.Series, created: added);
    }

    public async Task<OneOnOneSeries?> FindAsync(string id, CancellationToken cancellationToken) =>
        EntityKey.IsValid(id) ? (await store.FindAsync(id, cancellationToken))?.Series : null;

    /// <summary>Skips the meeting on a local date ("2026-12-08"): a CANCEL for that meeting with the sequence bumped.</summary>
    public async Task<SeriesResult> SkipAsync(string id, string? date, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return SeriesResult.Invalid("date", "The meeting's local date is required: \"2026-12-08\".");
        }
        return await OptimisticConcurrency.RetryAsync(async () =>
        {
            if (!EntityKey.IsValid(id) || await store.FindAsync(id, cancellationToken) is not { } stored)
            {
                return SeriesResult.NotFound;
            }
            var series = stored.Series;
            if (series.Cancelled)
            {
                return SeriesResult.Cancelled;
            }
            if (MeetingSchedule.On(series, day) is not { } meeting)
            {
                return SeriesResult.Invalid("date", $"The series has no meeting on {day:yyyy-MM-dd} ({series.TimeZone}).");
            }
            if (!series.IsSkipped(day))
            {
                if (meeting.Start <= time.GetUtcNow())
                {
                    return SeriesResult.Invalid("date", "That meeting has already started.");
                }
                series = series.WithSkip(day);
                await store.ReplaceAsync(stored, series, cancellationToken);
            }
            await emails.SendSkipAsync(series, meeting, cancellationToken);
            return SeriesResult.Ok(series);
        }, cancellationToken);
    }

    /// <summary>Cancels the whole series; cancelling again changes nothing and sends nothing new.</summary>
    public async Task<SeriesResult> CancelAsync(string id, CancellationToken cancellationToken) =>
        await OptimisticConcurrency.RetryAsync(async () =>
        {
            if (!EntityKey.IsValid(id) || await store.FindAsync(id, cancellationToken) is not { } stored)
            {
                return SeriesResult.NotFound;
            }
            var series = stored.Series;
            if (!series.Cancelled)
            {
                series = series.AsCancelled();
                await store.ReplaceAsync(stored, series, cancellationToken);
            }
            await emails.SendCancelAsync(series, cancellationToken);
            return SeriesResult.Ok(series);
        }, cancellationToken);
}
