using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrderFlow.Core.OneOnOnes;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.OneOnOnes;

/// <summary>A meeting link read by someone who knows who meets whom, and the logs of opening one, name no one.</summary>
[Collection(SharedApps.OneOnOnes)]
public sealed class MeetingLinkPrivacyTests(OneOnOneApp app) : IDisposable
{
    readonly MeetingPageClient browser = new();

    static string Payload(Uri link) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(link.Segments[^1].Split('.')[0]));

    /// <summary>What anyone could compute from the directory and a guess at the terms: an unsalted hash of them.</summary>
    static string DirectoryHash(MeetingSetup meeting) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|',
            meeting.Manager, meeting.Employee, "Weekly", OneOnOneInput.DefaultDurationMinutes, meeting.Start.ToString("s", CultureInfo.InvariantCulture), MeetingSetup.Zone))));

    [Fact]
    public async Task Link_DecodedAndHashedAgainstItsParticipants_NamesNoOne()
    {
        var meeting = await MeetingSetup.StartAsync(app, "privacy");

        foreach (var payload in new[] { Payload(meeting.ManagerLink), Payload(meeting.EmployeeLink) })
        {
            Assert.Contains(meeting.Id, payload, StringComparison.Ordinal);
            Assert.DoesNotContain(meeting.Id["oo-".Length..], DirectoryHash(meeting), StringComparison.Ordinal);
            foreach (var revealing in new[] { meeting.Manager, meeting.Employee, "Mia", "Eli" })
            {
                Assert.DoesNotContain(revealing, payload, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task MeetingPage_OpenedAndSaved_LoggedWithoutItsToken()
    {
        var capture = new LogCapture();
        app.Server.Services.GetRequiredService<ILoggerFactory>().AddProvider(capture);
        var meeting = await MeetingSetup.StartAsync(app, "logs");

        using var page = await browser.Http.GetAsync(meeting.EmployeeLink);
        await browser.PutAsync(meeting.EmployeeLink, new { add = new[] { "Roadmap" } });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(capture.Lines, line => line.Contains("PutMeetingPage", StringComparison.Ordinal));
        Assert.DoesNotContain(capture.Lines, line => line.Contains(meeting.EmployeeLink.Segments[^1], StringComparison.Ordinal));
        Assert.DoesNotContain(capture.Lines, line => line.Contains(meeting.ManagerLink.Segments[^1], StringComparison.Ordinal));
    }

    public void Dispose() => browser.Dispose();
}
