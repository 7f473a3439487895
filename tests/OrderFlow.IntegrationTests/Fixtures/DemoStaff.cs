using System.Text.Json;
using System.Text.RegularExpressions;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>The staff DevHost emails by default (OrderFlow:Approvals:Notify, OrderFlow:Operations:Notify), and their emails as received.</summary>
static partial class DemoStaff
{
    public const string Oliver = "oliver.hughes@orderflow.example";
    public const string Ethan = "ethan.brooks@orderflow.example";
    public const string Operations = "chloe.rivera@orderflow.example";

    public static readonly string[] Approvers = [Oliver, Ethan];

    public sealed record Mail(string To, string Subject, string Text)
    {
        public string ApproveLink => Link("Approve");

        public string RejectLink => Link("Reject");

        string Link(string label) => ApprovalLink().Matches(Text).FirstOrDefault(m => m.Groups[1].Value == label)?.Groups[2].Value
            ?? throw new InvalidOperationException($"No {label} link in: {Text}");
    }

    /// <summary>The emails to <paramref name="recipient"/> whose subject contains <paramref name="subjectPart"/>, with their text.</summary>
    public static async Task<IReadOnlyList<Mail>> MailsAsync(string recipient, string subjectPart) =>
        [.. (await MailCatcher.MimeMessagesToAsync(recipient))
            .Where(m => m.Subject?.Contains(subjectPart, StringComparison.Ordinal) == true)
            .Select(m => new Mail(recipient, m.Subject!, m.TextBody ?? ""))];

    public static Task<IReadOnlyList<Mail>> WaitForAsync(string recipient, string subjectPart, int count = 1) =>
        Eventually.WaitForAsync(() => MailsAsync(recipient, subjectPart), m => m.Count >= count, TimeSpan.FromSeconds(90), $"{count} '{subjectPart}' emails to {recipient}");

    /// <summary>Puts an approver in the people directory, so decisions name them.</summary>
    public static async Task SeedEmployeeAsync(HttpClient http, string id, string name, string email) =>
        (await http.PutAsync($"api/employees/{id}", new StringContent(
            JsonSerializer.Serialize(new { name, email, department = "Sales", managerId = (string?)null, timeZone = "Europe/London", active = true }),
            System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

    [GeneratedRegex(@"^(Approve|Reject):\s+(http://\S+/api/a/\S+)$", RegexOptions.Multiline)]
    private static partial Regex ApprovalLink();
}
