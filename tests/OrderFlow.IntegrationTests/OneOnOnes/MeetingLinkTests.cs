using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.OneOnOnes;
using OrderFlow.Core.Security;
using OrderFlow.IntegrationTests.Fixtures;
using static OrderFlow.IntegrationTests.OneOnOnes.OneOnOneApi;

namespace OrderFlow.IntegrationTests.OneOnOnes;

[Collection(SharedApps.OneOnOnes)]
public sealed class MeetingLinkTests(OneOnOneApp app) : IDisposable
{
    readonly MeetingPageClient browser = new();

    [Fact]
    public async Task BadLinks_TamperedForgedOrOtherPurpose_Same404RevealingNothingAndNothingStored()
    {
        var meeting = await MeetingSetup.StartAsync(app, "links");
        var token = meeting.EmployeeLink.Segments[^1];
        var links = app.Server.Services.GetRequiredService<SignedLinks>();
        var date = $"{meeting.Start:yyyy-MM-dd}";
        var bad = new Dictionary<string, string>
        {
            ["tampered"] = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..],
            ["survey purpose"] = links.Issue(new LinkClaims("survey", [meeting.Id, date, "employee"], DateTimeOffset.UtcNow.AddYears(1))),
            ["signed but never sent"] = links.Issue(new LinkClaims(MeetingLinks.Purpose, [meeting.Id, date, "employee"], DateTimeOffset.UtcNow.AddYears(1))),
            ["another meeting"] = links.Issue(new LinkClaims(MeetingLinks.Purpose, [meeting.Id, $"{meeting.Start.AddDays(7):yyyy-MM-dd}", "manager"], DateTimeOffset.UtcNow.AddYears(1))),
            ["garbage"] = "not-a-token",
        };

        var pages = new Dictionary<string, string>();
        foreach (var (kind, badToken) in bad)
        {
            var link = new Uri(meeting.EmployeeLink, badToken);
            using var page = await browser.Http.GetAsync(link);
            using var put = await browser.Http.PutAsJsonAsync(link, new { add = new[] { "sneaky" }, notes = "sneaky" });
            using var form = await browser.Http.PostAsync(link, new FormUrlEncodedContent([new("add", "sneaky"), new("notes", "sneaky")]));
            using var json = await browser.GetJsonAsync(link);
            Assert.True(page.StatusCode == HttpStatusCode.NotFound, kind);
            Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (put.StatusCode, form.StatusCode, json.StatusCode));
            pages[kind] = await page.Content.ReadAsStringAsync();
        }

        Assert.Single(pages.Values.Distinct());
        foreach (var revealing in new[] { "Mia", "Eli", meeting.Id, date })
        {
            Assert.DoesNotContain(revealing, pages.Values.First(), StringComparison.Ordinal);
        }
        foreach (var link in new[] { meeting.EmployeeLink, meeting.ManagerLink })
        {
            var stored = await browser.PageAsync(link);
            Assert.Empty(MeetingPageClient.Items(stored));
            Assert.Equal("", stored.GetProperty("notes").GetString());
        }
    }

    [Fact]
    public async Task Link_TwoWeeksAfterTheMeeting_Expired410()
    {
        var meeting = await MeetingSetup.StartAsync(app, "expiry");

        app.Clock.AdvanceTo(Utc(meeting.Start.AddDays(14).AddHours(2), MeetingSetup.Zone));
        using var page = await browser.Http.GetAsync(meeting.EmployeeLink);

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.DoesNotContain("Mia", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => browser.Dispose();
}
