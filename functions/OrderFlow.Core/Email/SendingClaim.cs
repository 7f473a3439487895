using Azure;

namespace OrderFlow.Core.Email;

/// <summary>How long a claim on an email lasts from its last write, how often a sender renews it, how soon a failed sent mark is tried again.</summary>
public sealed record ClaimTiming(TimeSpan Lifetime, TimeSpan RenewEvery, TimeSpan MarkRetryWait)
{
    /// <summary>Two renewals may fail before the claim lapses: storage away for half a minute does not cost the claim.</summary>
    public static readonly ClaimTiming Default = new(TimeSpan.FromSeconds(45), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(1));

    /// <summary>Whether a claim last written at <paramref name="writtenAt"/> has lapsed: its sender died, another may send.</summary>
    public bool HasLapsed(DateTimeOffset? writtenAt, DateTimeOffset now) => now - writtenAt >= Lifetime;
}

/// <summary>
/// A delivery's claim on an email while the email is sent. The claim is renewed all through the send, so a mail server
/// that answers late (RFC 5321 allows it ten minutes) keeps the claim with its sender, and no other delivery takes it
/// over and sends the email again; only a sender that died lets it lapse. Once the server has the email, the sent mark
/// is tried again for as long as the claim lasts, so storage away for a moment does not send the email twice. A write
/// refused as over a stale version (412) is not taken for the claim lost until <paramref name="readOwn"/> says so: the
/// refused one may be the client's retry of a write of ours that landed with its answer lost.
/// </summary>
public sealed class SendingClaim(ETag etag, ClaimTiming timing, TimeProvider time, SendingClaim.ReadOwn readOwn)
{
    /// <summary>Writes the claim's row over the version <paramref name="current"/>, answering the new version; 412 when another took it.</summary>
    public delegate Task<ETag> Write(ETag current, CancellationToken cancellationToken);

    /// <summary>Reads the claim's row: its version and whether it is marked sent while it holds this claim, null once another delivery's claim is in it.</summary>
    public delegate Task<OwnRow?> ReadOwn(CancellationToken cancellationToken);

    public sealed record OwnRow(ETag Version, bool Sent);

    ETag current = etag;
    DateTimeOffset lastWritten = time.GetUtcNow();

    /// <summary>The version of the claim's row as last written: what releasing the claim must match.</summary>
    public ETag Current => current;

    /// <summary>Runs <paramref name="send"/>, renewing the claim with <paramref name="renew"/> until it ends.</summary>
    public async Task SendAsync(Func<Task> send, Write renew)
    {
        using var sent = new CancellationTokenSource();
        var renewing = RenewAsync(renew, sent.Token);
        try
        {
            await send();
        }
        finally
        {
            await sent.CancelAsync();
            // A renewal in flight is awaited, not cancelled: it may land, and the mark needs the version it made.
            await renewing;
        }
    }

    /// <summary>Writes the sent mark with <paramref name="mark"/>, again while the claim lasts; false when another delivery took the claim over.</summary>
    public async Task<bool> MarkSentAsync(Write mark)
    {
        while (true)
        {
            try
            {
                try
                {
                    await mark(current, CancellationToken.None);
                    return true;
                }
                catch (RequestFailedException ex) when (ex.Status == 412)
                {
                    if (await readOwn(CancellationToken.None) is not { } own)
                    {
                        return false;
                    }
                    if (own.Sent)
                    {
                        return true;
                    }
                    current = own.Version;
                }
            }
            catch (Exception) when (!timing.HasLapsed(lastWritten, time.GetUtcNow() + timing.MarkRetryWait))
            {
                await Task.Delay(timing.MarkRetryWait, time);
            }
        }
    }

    async Task RenewAsync(Write renew, CancellationToken sent)
    {
        while (await WaitAsync(timing.RenewEvery, sent))
        {
            var writing = time.GetUtcNow();
            try
            {
                current = await renew(current, CancellationToken.None);
                lastWritten = writing;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                if (!await StillOursAsync(writing))
                {
                    // Taken over (the claim lapsed while storage was away): the sent mark will find so too.
                    return;
                }
            }
            catch (Exception)
            {
                // Storage away for a moment (an error or no answer in time): the claim lasts meanwhile, and the next renewal may land.
            }
        }
    }

    /// <summary>
    /// After a renewal refused as stale: false when another delivery holds the claim; otherwise takes the row's version
    /// (our renewal landed at <paramref name="writing"/>) or, when storage cannot say, leaves it to the next renewal.
    /// </summary>
    async Task<bool> StillOursAsync(DateTimeOffset writing)
    {
        try
        {
            if (await readOwn(CancellationToken.None) is not { } own)
            {
                return false;
            }
            current = own.Version;
            lastWritten = writing;
            return true;
        }
        catch (Exception)
        {
            return true;
        }
    }

    async Task<bool> WaitAsync(TimeSpan wait, CancellationToken sent)
    {
        try
        {
            await Task.Delay(wait, time, sent);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
