using System.Net;
using OrderFlow.Core.Storage;
using OrderFlow.IntegrationTests.Fixtures;
using Xunit.Abstractions;

namespace OrderFlow.IntegrationTests.Faults;

/// <summary>
/// A mail server that answers late, loses its answer or is away (20 s in CI, a minute at <see cref="FaultSize"/>'s full
/// size), each behind <see cref="SmtpFaultRelay"/> in front of
/// smtp4dev while a handful of orders send their emails through it; and storage that refuses the sent marks after the
/// server took the emails. Afterwards every invariant holds, and each email arrived as often as "once" promises
/// (docs/orders.md), counted at smtp4dev by message.
/// </summary>
[Collection(Name)]
public class SmtpFaultTests(ITestOutputHelper output)
{
    /// <summary>The mail server scenarios, one after the other, beside the rest of the suite.</summary>
    public const string Name = "SMTP faults";
    const int Orders = 5;

    /// <summary>A completed order's confirmation, shipping and invoice emails.</summary>
    const int EmailsPerOrder = 3;

    [Fact]
    public async Task ServerAnswers35sLateAndARenewalsAnswerIsLost_OrdersInFlight_EachEmailOnceAndMarkedSent()
    {
        var shared = await SharedServices.GetAsync();
        using var relay = SmtpFaultRelay.AnswerLate(shared.SmtpPort, TimeSpan.FromSeconds(35));
        await using var scenario = await StartAsync(relay);
        // A claim is an insert (POST); the first replace (PUT) of one is its renewal 15 s into a 35-s send: stored, its
        // answer never comes, and the storage client's retry meets the version it made (412). The claim is still the
        // sender's, and so is the sent mark.
        var landed = scenario.Faults.LandFirstAndHoldItsAnswerAsync(call => call.Method == "PUT" && call.Resource == scenario.Settings[StorageNames.PrefixSetting] + "SentEmails");

        await PostAllAsync(scenario);
        await WaitForEmailsAsync(scenario, Orders * EmailsPerOrder);

        var took = await scenario.AssertInvariantsAsync();
        Assert.True(landed.IsCompleted, "no renewal was stored with its answer lost");
        Assert.True(relay.Faulted.Count >= Orders * EmailsPerOrder, $"{relay.Faulted.Count} answers were late");
        output.WriteLine($"{took.TotalSeconds:0} s; {relay.Faulted.Count} answers 35 s late; the answer to {await landed} lost");
    }

    [Fact]
    public async Task AnswerLostAfterTheMessage_OrdersInFlight_EachEmailTwiceWithOneMessageId()
    {
        var shared = await SharedServices.GetAsync();
        using var relay = SmtpFaultRelay.DropFirstAnswer(shared.SmtpPort);
        await using var scenario = await StartAsync(relay);

        await PostAllAsync(scenario);
        await WaitForEmailsAsync(scenario, 2 * Orders * EmailsPerOrder);

        // The outbox cannot know that the server has a message whose answer it never got: it sends it again, with
        // the same Message-ID. Each first answer was lost, so each email is there exactly twice.
        var took = await scenario.AssertInvariantsAsync(emailRepeats: int.MaxValue);
        var copies = (await MailCatcher.MimeMessagesToAsync(scenario.CustomerEmail)).GroupBy(m => m.MessageId).ToList();
        Assert.Equal(Orders * EmailsPerOrder, copies.Count);
        Assert.All(copies, email => Assert.Equal(2, email.Count()));
        Assert.Equal(copies.Select(c => c.Key).Order(), relay.Faulted.Select(id => id.Trim('<', '>')).Order());
        output.WriteLine($"{took.TotalSeconds:0} s; {relay.Faulted.Count} answers lost");
    }

    [Fact]
    public async Task ServerDownForAnOutage_OrdersInFlight_EachEmailOnceAfterItIsBack()
    {
        var shared = await SharedServices.GetAsync();
        using var relay = SmtpFaultRelay.DownFor(shared.SmtpPort, FaultSize.Outage(TimeSpan.FromSeconds(20)));
        await using var scenario = await StartAsync(relay);

        await PostAllAsync(scenario);
        await WaitForEmailsAsync(scenario, Orders * EmailsPerOrder);

        var took = await scenario.AssertInvariantsAsync();
        Assert.True(relay.Refused > 0, "no connection was refused");
        output.WriteLine($"{took.TotalSeconds:0} s; {relay.Refused} connections refused");
    }

    [Fact]
    public async Task SentMarksRefused20sAfterTheServerTookTheEmails_OrdersInFlight_EachEmailOnce()
    {
        await using var scenario = await FaultScenario.StartAsync();
        var sentEmails = scenario.Settings[StorageNames.PrefixSetting] + "SentEmails";
        // A claim is an insert (POST); its renewals and the sent mark replace it (PUT): sends here are quick, so marks.
        var refused = scenario.Faults.OutageFromFirstAsync(call => call.Method == "PUT" && call.Resource == sentEmails, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(20));

        await PostAllAsync(scenario);
        await refused;
        await WaitForEmailsAsync(scenario, Orders * EmailsPerOrder);

        var took = await scenario.AssertInvariantsAsync();
        Assert.True(scenario.Faults.Failed > 0, "no sent mark was refused");
        output.WriteLine($"{took.TotalSeconds:0} s; {scenario.Faults.Failed} sent marks refused");
    }

    /// <summary>A product host whose mail goes through <paramref name="relay"/>; a failed send comes back after 2 s, doubling.</summary>
    static Task<FaultScenario> StartAsync(SmtpFaultRelay relay) => FaultScenario.StartAsync(settings =>
    {
        settings["OrderFlow:Email:Smtp:Port"] = $"{relay.Port}";
        settings["OrderFlow:Email:RetryAfter"] = "00:00:02";
    });

    /// <summary>Longer than <see cref="MailCatcher.WaitForAsync"/>: an email tried as the outage began goes out 90 s later.</summary>
    static async Task WaitForEmailsAsync(FaultScenario scenario, int count) => await Eventually.WaitForAsync(
        async () => (await MailCatcher.MessagesToAsync(scenario.CustomerEmail)).Count, n => n >= count, TimeSpan.FromMinutes(4), $"{count} emails to the customer");

    static async Task PostAllAsync(FaultScenario scenario)
    {
        await Parallel.ForEachAsync(Enumerable.Range(1, Orders), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (n, _) => await scenario.PostAsync(n));
        Assert.Equal(Orders, scenario.Accepted.Count);
    }
}
