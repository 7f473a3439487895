using static OrderFlow.IntegrationTests.OneOnOnes.OneOnOneApi;

namespace OrderFlow.IntegrationTests.OneOnOnes;

/// <summary>A weekly series from two days ahead (10:00 Berlin), the clock moved to the day before, reminders sent.</summary>
sealed record MeetingSetup(string Id, string Manager, string Employee, DateTime Start, Uri ManagerLink, Uri EmployeeLink)
{
    public const string Zone = "Europe/Berlin";

    public static async Task<MeetingSetup> StartAsync(OneOnOneApp app, string key)
    {
        var (manager, employee) = await SeedPairAsync(app.Http, key);
        var start = LocalDaysAhead(app.Clock, Zone, 2, 10);
        var id = await CreateAsync(app.Http, Body(manager, employee, start));
        await RemindDayBeforeAsync(app, start);
        var managerLink = Assert.Single(await WaitForReminderLinksAsync(EmailOf(manager), 1));
        var employeeLink = Assert.Single(await WaitForReminderLinksAsync(EmailOf(employee), 1));
        return new MeetingSetup(id, manager, employee, start, managerLink, employeeLink);
    }

    /// <summary>Moves the clock to noon the day before <paramref name="meeting"/> and runs the reminder timer.</summary>
    public static async Task RemindDayBeforeAsync(OneOnOneApp app, DateTime meeting)
    {
        app.Clock.AdvanceTo(Utc(meeting.Date.AddDays(-1).AddHours(12), Zone));
        await RunRemindersAsync(app.Http);
    }

    /// <summary>The link a participant got for a later meeting (the newest reminder that is not one of <paramref name="known"/>).</summary>
    public static async Task<Uri> NextLinkAsync(string participant, params Uri[] known)
    {
        var links = await WaitForReminderLinksAsync(EmailOf(participant), known.Length + 1);
        return Assert.Single(links, l => !known.Contains(l));
    }
}
