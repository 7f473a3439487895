using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ical.Net;
using MimeKit;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.OneOnOnes;

/// <summary>The one-to-one API as a test uses it: a manager and a report, a series, and what the mailboxes received.</summary>
static partial class OneOnOneApi
{
    public static string EmailOf(string employeeId) => $"{employeeId}@oneonone.test";

    /// <summary>Manager "m-{key}" (Mia) and their report "e-{key}" (Eli).</summary>
    public static async Task<(string Manager, string Employee)> SeedPairAsync(HttpClient http, string key)
    {
        await PutEmployeeAsync(http, $"m-{key}", "Mia Manager", managerId: null);
        await PutEmployeeAsync(http, $"e-{key}", "Eli Employee", managerId: $"m-{key}");
        return ($"m-{key}", $"e-{key}");
    }

    public static async Task PutEmployeeAsync(HttpClient http, string id, string name, string? managerId, bool active = true) =>
        (await http.PutAsJsonAsync($"api/employees/{id}", new { name, email = EmailOf(id), department = "Engineering", managerId, timeZone = "Europe/Berlin", active }))
            .EnsureSuccessStatusCode();

    /// <summary>Wall-clock time <paramref name="days"/> days after the test clock's local today in <paramref name="timeZone"/>.</summary>
    public static DateTime LocalDaysAhead(TimeProvider clock, string timeZone, int days, int hour, int minute = 0)
    {
        var today = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(timeZone)).Date;
        return today.AddDays(days).AddHours(hour).AddMinutes(minute);
    }

    public static DateTimeOffset Utc(DateTime local, string timeZone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(local, TimeZoneInfo.FindSystemTimeZoneById(timeZone)), TimeSpan.Zero);

    public static object Body(string manager, string employee, DateTime firstStart, string timeZone = "Europe/Berlin", string cadence = "weekly", int? durationMinutes = null) =>
        new { managerId = manager, employeeId = employee, cadence, durationMinutes, firstStart = firstStart.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture), timeZone };

    public static async Task<string> CreateAsync(HttpClient http, object body)
    {
        var response = await http.PostAsJsonAsync("api/one-on-ones", body);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, created.ToString());
        return created.GetProperty("id").GetString()!;
    }

    /// <summary>Waits for <paramref name="count"/> emails, then answers each calendar part's method and parsed calendar.</summary>
    public static async Task<IReadOnlyList<(string Method, Calendar Calendar)>> CalendarsToAsync(string recipient, int count)
    {
        await MailCatcher.WaitForAsync(recipient, count);
        return [.. (await MailCatcher.MimeMessagesToAsync(recipient))
            .SelectMany(m => m.BodyParts.OfType<TextPart>().Where(p => p.ContentType.IsMimeType("text", "calendar")))
            .Select(p => (p.ContentType.Parameters["method"] ?? "", Calendar.Load(p.Text)!))];
    }

    /// <summary>Runs the daily reminder timer now, through the admin API (it runs in the background).</summary>
    public static async Task RunRemindersAsync(HttpClient http) =>
        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync("admin/functions/SendOneOnOneReminders", null)).StatusCode);

    /// <summary>The meeting links in the reminders a participant received.</summary>
    public static async Task<IReadOnlyList<Uri>> ReminderLinksAsync(string recipient) =>
        [.. (await MailCatcher.MimeMessagesToAsync(recipient))
            .Select(m => LinkPattern().Match(m.TextBody ?? ""))
            .Where(match => match.Success)
            .Select(match => new Uri(match.Value))];

    public static async Task<IReadOnlyList<Uri>> WaitForReminderLinksAsync(string recipient, int count) =>
        await Eventually.WaitForAsync(() => ReminderLinksAsync(recipient), links => links.Count >= count, TimeSpan.FromSeconds(90), $"{count} reminder links to {recipient}");

    [GeneratedRegex(@"https?://\S+/api/m/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex LinkPattern();
}
