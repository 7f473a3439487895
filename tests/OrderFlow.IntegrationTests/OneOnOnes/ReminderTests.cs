using System.Globalization;
using System.Net.Http.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.OneOnOnes;
using OrderFlow.IntegrationTests.Fixtures;
using static OrderFlow.IntegrationTests.OneOnOnes.OneOnOneApi;

namespace OrderFlow.IntegrationTests.OneOnOnes;

[Collection(SharedApps.OneOnOnes)]
public class ReminderTests(OneOnOneApp app)
{
    [Fact]
    public async Task Reminders_TimerRunsThreeTimes_EachParticipantGetsTheirOwnLinkOnce()
    {
        var (manager, employee) = await SeedPairAsync(app.Http, "once");
        var start = LocalDaysAhead(app.Clock, MeetingSetup.Zone, 2, 10);
        var id = await CreateAsync(app.Http, Body(manager, employee, start));
        await app.Server.Services.GetRequiredService<ReminderDispatch>().RunAsync(CancellationToken.None);
        var twoDaysBefore = await ReminderRowsAsync(id);

        await MeetingSetup.RemindDayBeforeAsync(app, start);
        await RunRemindersAsync(app.Http);
        var managerLink = Assert.Single(await WaitForReminderLinksAsync(EmailOf(manager), 1));
        await WaitForReminderLinksAsync(EmailOf(employee), 1);
        await RunRemindersAsync(app.Http);
        // A later email to both marks the point by which any duplicate reminder would have arrived.
        (await app.Http.PostAsJsonAsync($"api/one-on-ones/{id}/skip", new { date = $"{start.AddDays(14):yyyy-MM-dd}" })).EnsureSuccessStatusCode();
        await MailCatcher.WaitForAsync(EmailOf(manager), 3);
        await MailCatcher.WaitForAsync(EmailOf(employee), 3);

        Assert.Empty(twoDaysBefore);
        var employeeLink = Assert.Single(await ReminderLinksAsync(EmailOf(employee)));
        Assert.Single(await ReminderLinksAsync(EmailOf(manager)));
        Assert.NotEqual(managerLink, employeeLink);
        Assert.StartsWith(new Uri(app.Http.BaseAddress!, "api/m/").ToString(), managerLink.ToString(), StringComparison.Ordinal);
        Assert.Contains(await MailCatcher.MessagesToAsync(EmailOf(employee)), m => m.Subject == $"One-to-one with Mia Manager on {start.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}");
    }

    [Fact]
    public async Task Reminders_SkippedMeetingOrCancelledSeries_SendNothing()
    {
        var start = LocalDaysAhead(app.Clock, MeetingSetup.Zone, 2, 10);
        var skipped = await SeriesAsync("skipped", start);
        var cancelled = await SeriesAsync("cancelled", start);
        var control = await SeriesAsync("control", start);
        (await app.Http.PostAsJsonAsync($"api/one-on-ones/{skipped.Id}/skip", new { date = $"{start:yyyy-MM-dd}" })).EnsureSuccessStatusCode();
        (await app.Http.DeleteAsync($"api/one-on-ones/{cancelled.Id}")).EnsureSuccessStatusCode();

        await MeetingSetup.RemindDayBeforeAsync(app, start);
        await WaitForReminderLinksAsync(EmailOf(control.Employee), 1);
        // The same run again, awaited here, so every series has surely been looked at.
        await app.Server.Services.GetRequiredService<ReminderDispatch>().RunAsync(CancellationToken.None);

        foreach (var (seriesId, participants) in new[] { skipped, cancelled }.Select(s => (s.Id, new[] { s.Manager, s.Employee })))
        {
            Assert.Empty(await ReminderRowsAsync(seriesId));
            foreach (var participant in participants)
            {
                Assert.Empty(await ReminderLinksAsync(EmailOf(participant)));
            }
        }
        Assert.Equal(2, (await ReminderRowsAsync(control.Id)).Count);
    }

    async Task<(string Id, string Manager, string Employee)> SeriesAsync(string key, DateTime start)
    {
        var (manager, employee) = await SeedPairAsync(app.Http, key);
        return (await CreateAsync(app.Http, Body(manager, employee, start)), manager, employee);
    }

    async Task<List<TableEntity>> ReminderRowsAsync(string seriesId)
    {
        var shared = await SharedServices.GetAsync();
        var table = new TableServiceClient(shared.StorageConnection).GetTableClient($"T{app.Names.Suffix}{ReminderLedger.TableName}");
        await table.CreateIfNotExistsAsync();
        return [.. table.Query<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {seriesId}"))];
    }
}
