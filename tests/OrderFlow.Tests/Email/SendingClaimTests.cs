using Azure;
using OrderFlow.Core.Email;

namespace OrderFlow.Tests.Email;

public class SendingClaimTests
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Renewals and retries in milliseconds; a claim that lasts longer than any test waits, however loaded the machine.</summary>
    static readonly ClaimTiming Quick = new(Patience, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(20));

    /// <summary>The row holds another delivery's claim.</summary>
    static readonly SendingClaim.ReadOwn TakenOver = _ => Task.FromResult<SendingClaim.OwnRow?>(null);

    static SendingClaim.ReadOwn StillOurs(string version, bool sent = false) => _ => Task.FromResult<SendingClaim.OwnRow?>(new(new ETag(version), sent));

    [Fact]
    public async Task SendAsync_ARenewalLandedButItsAnswerWasLost_RenewingGoesOnOverTheRowsVersion()
    {
        var claim = new SendingClaim(new ETag("0"), Quick, TimeProvider.System, StillOurs("landed"));
        var writtenOver = new List<string>();
        var renewedOverTheRow = new TaskCompletionSource();

        await claim.SendAsync(() => renewedOverTheRow.Task.WaitAsync(Patience), (current, _) =>
        {
            lock (writtenOver)
            {
                writtenOver.Add(current.ToString());
            }
            // The storage client's retry of a renewal that landed meets the version that renewal made.
            if (current.ToString() == "0")
            {
                throw new RequestFailedException(412, "Condition not met");
            }
            renewedOverTheRow.TrySetResult();
            return Task.FromResult(new ETag("renewed"));
        });
        var marked = await claim.MarkSentAsync((current, _) => Task.FromResult(new ETag("sent")));

        Assert.True(marked);
        Assert.Equal(["0", "landed"], writtenOver.Take(2));
    }

    [Fact]
    public async Task MarkSentAsync_RefusedAsStaleWhileTheRowHoldsOurClaim_MarkedOverTheRowsVersion()
    {
        var claim = new SendingClaim(new ETag("0"), Quick, TimeProvider.System, StillOurs("landed"));
        var tries = new List<string>();

        var marked = await claim.MarkSentAsync((current, _) =>
        {
            tries.Add(current.ToString());
            return current.ToString() == "landed" ? Task.FromResult(new ETag("sent")) : throw new RequestFailedException(412, "Condition not met");
        });

        Assert.True(marked);
        Assert.Equal(["0", "landed"], tries);
    }

    [Fact]
    public async Task MarkSentAsync_OurEarlierMarkLandedItsAnswerLost_TrueWithoutWritingAgain()
    {
        var claim = new SendingClaim(new ETag("0"), Quick, TimeProvider.System, StillOurs("marked", sent: true));
        var tries = 0;

        var marked = await claim.MarkSentAsync((_, _) =>
        {
            Interlocked.Increment(ref tries);
            throw new RequestFailedException(412, "Condition not met");
        });

        Assert.True(marked);
        Assert.Equal(1, tries);
    }

    [Fact]
    public async Task SendAsync_SendOutlastsTheClaimsLifetime_ClaimRenewedThroughoutAndMarkedOverTheLastRenewal()
    {
        var claim = new SendingClaim(new ETag("0"), Quick, TimeProvider.System, TakenOver);
        var versions = new Versions();
        var renewedFourTimes = new TaskCompletionSource();

        await claim.SendAsync(() => renewedFourTimes.Task.WaitAsync(Patience), (current, _) =>
        {
            var next = versions.After(current);
            if (next.ToString() == "4")
            {
                renewedFourTimes.TrySetResult();
            }
            return Task.FromResult(next);
        });
        var marked = await claim.MarkSentAsync((current, _) => Task.FromResult(versions.After(current)));

        Assert.True(marked);
        // Four renewals and the mark (a fifth renewal may slip in on a busy machine), each write over the version the
        // one before made: the claim stayed ours all through.
        Assert.InRange(versions.WrittenOver.Count, 5, 6);
        Assert.Equal(Enumerable.Range(0, versions.WrittenOver.Count).Select(n => $"{n}"), versions.WrittenOver);
    }

    [Fact]
    public async Task SendAsync_ARenewalFails_RenewingGoesOn()
    {
        var claim = new SendingClaim(new ETag("0"), Quick, TimeProvider.System, TakenOver);
        var renewals = 0;
        var renewedAfterTheFailure = new TaskCompletionSource();

        await claim.SendAsync(() => renewedAfterTheFailure.Task.WaitAsync(Patience), (current, _) =>
        {
            if (Interlocked.Increment(ref renewals) == 1)
            {
                throw new RequestFailedException(503, "Server busy");
            }
            renewedAfterTheFailure.TrySetResult();
            return Task.FromResult(new ETag("renewed"));
        });

        Assert.Equal(new ETag("renewed"), claim.Current);
    }

    [Fact]
    public async Task MarkSentAsync_StorageAwayForAMoment_TriedAgainAndWritten()
    {
        var claim = new SendingClaim(new ETag("0"), Quick, TimeProvider.System, TakenOver);
        var tries = 0;

        var marked = await claim.MarkSentAsync((_, _) =>
            Interlocked.Increment(ref tries) <= 2 ? throw new RequestFailedException(503, "Server busy") : Task.FromResult(new ETag("sent")));

        Assert.True(marked);
        Assert.Equal(3, tries);
    }

    [Fact]
    public async Task MarkSentAsync_StorageAwayPastTheClaimsLifetime_GivesUpWithTheFailure()
    {
        var shortLived = Quick with { Lifetime = TimeSpan.FromMilliseconds(300) };
        var started = DateTimeOffset.UtcNow;
        var claim = new SendingClaim(new ETag("0"), shortLived, TimeProvider.System, TakenOver);
        var tries = 0;

        await Assert.ThrowsAsync<RequestFailedException>(() => claim.MarkSentAsync((_, _) =>
        {
            Interlocked.Increment(ref tries);
            throw new RequestFailedException(503, "Server busy");
        }));

        Assert.True(tries > 1, "not tried again");
        // Past the lifetime another delivery may have taken the claim: trying on would only race it.
        Assert.InRange(DateTimeOffset.UtcNow - started, shortLived.Lifetime - shortLived.MarkRetryWait, Patience);
    }

    [Fact]
    public async Task MarkSentAsync_ClaimTakenOver_FalseAfterOneTry()
    {
        var claim = new SendingClaim(new ETag("0"), Quick, TimeProvider.System, TakenOver);
        var tries = 0;

        var marked = await claim.MarkSentAsync((_, _) =>
        {
            Interlocked.Increment(ref tries);
            throw new RequestFailedException(412, "Condition not met");
        });

        Assert.False(marked);
        Assert.Equal(1, tries);
    }

    [Fact]
    public void HasLapsed_WrittenJustWithinTheLifetime_NotLapsedThenLapsed()
    {
        var written = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        var timing = ClaimTiming.Default;

        Assert.False(timing.HasLapsed(written, written + timing.Lifetime - TimeSpan.FromMilliseconds(1)));
        Assert.True(timing.HasLapsed(written, written + timing.Lifetime));
    }

    [Fact]
    public void Default_StorageAwayForTwoRenewals_ClaimStillHeld()
    {
        var timing = ClaimTiming.Default;

        Assert.False(timing.HasLapsed(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch + 2 * timing.RenewEvery + TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void SendTimeout_AServerAnsweringAMessagesEndLate_WaitedForAsRfc5321Allows()
    {
        Assert.True(EmailOutbox.SendTimeout >= TimeSpan.FromMinutes(10));
    }

    /// <summary>ETags "0", "1", … in turn, recording which version each write went over.</summary>
    sealed class Versions
    {
        readonly List<string> writtenOver = [];

        public IReadOnlyList<string> WrittenOver
        {
            get
            {
                lock (writtenOver)
                {
                    return [.. writtenOver];
                }
            }
        }

        public ETag After(ETag current)
        {
            lock (writtenOver)
            {
                writtenOver.Add(current.ToString());
                return new ETag($"{writtenOver.Count}");
            }
        }
    }
}
