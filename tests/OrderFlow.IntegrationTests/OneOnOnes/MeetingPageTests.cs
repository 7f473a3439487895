using System.Net;
using System.Text;
using Azure.Data.Tables;
using OrderFlow.Core.OneOnOnes;
using OrderFlow.IntegrationTests.Fixtures;
using static OrderFlow.IntegrationTests.OneOnOnes.OneOnOneApi;

namespace OrderFlow.IntegrationTests.OneOnOnes;

[Collection(SharedApps.OneOnOnes)]
public sealed class MeetingPageTests(OneOnOneApp app) : IDisposable
{
    readonly MeetingPageClient browser = new();

    [Fact]
    public async Task Agenda_SharedByBothAndOpenItemsCarriedOver_NotesSeenByTheirAuthorOnly()
    {
        var meeting = await MeetingSetup.StartAsync(app, "agenda");

        var afterManager = await browser.PutAsync(meeting.ManagerLink, new { add = new[] { "Project update", "Career goals" }, notes = "M-private-1" });
        var employeeView = await browser.PageAsync(meeting.EmployeeLink);
        await browser.PutAsync(meeting.EmployeeLink, new { add = new[] { "Holiday plans" }, done = new Dictionary<string, bool> { [MeetingPageClient.ItemId(employeeView, "Project update")] = true }, notes = "E-private-1" });
        var managerView = await browser.PageAsync(meeting.ManagerLink);

        Assert.Equal(["Project update", "Career goals"], MeetingPageClient.Items(afterManager));
        Assert.Equal(("M-private-1", "manager", "Eli Employee"), (afterManager.GetProperty("notes").GetString(), afterManager.GetProperty("you").GetString(), afterManager.GetProperty("with").GetString()));
        Assert.Equal(["Project update", "Career goals"], MeetingPageClient.Items(employeeView));
        Assert.Equal("", employeeView.GetProperty("notes").GetString());
        Assert.Equal(3, MeetingPageClient.Items(managerView).Length);
        Assert.True(managerView.GetProperty("agenda").EnumerateArray().Single(i => i.GetProperty("text").GetString() == "Project update").GetProperty("done").GetBoolean());
        Assert.Equal("M-private-1", managerView.GetProperty("notes").GetString());

        await MeetingSetup.RemindDayBeforeAsync(app, meeting.Start.AddDays(7));
        var employeeNext = await browser.PageAsync(await MeetingSetup.NextLinkAsync(meeting.Employee, meeting.EmployeeLink));
        var managerNext = await browser.PageAsync(await MeetingSetup.NextLinkAsync(meeting.Manager, meeting.ManagerLink));

        Assert.Equal(["Career goals", "Holiday plans"], MeetingPageClient.Items(employeeNext).Order(StringComparer.Ordinal));
        Assert.All(employeeNext.GetProperty("agenda").EnumerateArray(), i => Assert.True(i.GetProperty("carriedOver").GetBoolean() && !i.GetProperty("done").GetBoolean()));
        Assert.Equal(("", ""), (employeeNext.GetProperty("notes").GetString(), managerNext.GetProperty("notes").GetString()));
        Assert.Equal(3, MeetingPageClient.Items(await browser.PageAsync(meeting.ManagerLink)).Length);
        await AssertNotesOnlyVisibleToAuthorAsync(meeting);
    }

    [Fact]
    public async Task Notes_Saved_StoredSealedSoATableReaderCannotReadThem()
    {
        var meeting = await MeetingSetup.StartAsync(app, "sealed");
        var note = $"Worried about the reorg {Guid.NewGuid():N}";

        var page = await browser.PutAsync(meeting.ManagerLink, new { notes = note });
        var shared = await SharedServices.GetAsync();
        var table = new TableServiceClient(shared.StorageConnection).GetTableClient($"T{app.Names.Suffix}{PrivateNotes.TableName}");
        var row = Assert.Single(table.Query<TableEntity>(e => e.PartitionKey.CompareTo(meeting.Id) >= 0 && e.PartitionKey.CompareTo(meeting.Id + "~") < 0));

        Assert.Equal(note, page.GetProperty("notes").GetString());
        Assert.Equal(["PartitionKey", "RowKey", "Sealed", "Timestamp", "odata.etag"], row.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(-1, row.GetBinary("Sealed")!.AsSpan().IndexOf(Encoding.UTF8.GetBytes(note)));
    }

    [Fact]
    public async Task Agenda_ItemsAddedAcrossRequests_KeepTheOrderTheyWereAddedIn()
    {
        var meeting = await MeetingSetup.StartAsync(app, "order");
        string[] first = ["Quarter review", "Budget", "Hiring", "Training", "Offsite", "Tooling"];
        string[] second = ["Mentoring", "Conference", "Handover"];

        await browser.PutAsync(meeting.ManagerLink, new { add = first });
        var page = await browser.PutAsync(meeting.EmployeeLink, new { add = second });

        // Nine items in their hashed row keys' order would match the added order once in 9! = 362,880.
        Assert.Equal([.. first, .. second], MeetingPageClient.Items(page));
    }

    /// <summary>Every route that shows anything about the series, read for the other person's private notes.</summary>
    async Task AssertNotesOnlyVisibleToAuthorAsync(MeetingSetup meeting)
    {
        var seen = new Dictionary<string, string>
        {
            ["manager html"] = await browser.Http.GetStringAsync(meeting.ManagerLink),
            ["manager json"] = (await browser.PageAsync(meeting.ManagerLink)).ToString(),
            ["employee html"] = await browser.Http.GetStringAsync(meeting.EmployeeLink),
            ["employee json"] = (await browser.PageAsync(meeting.EmployeeLink)).ToString(),
            ["series"] = await app.Http.GetStringAsync($"api/one-on-ones/{meeting.Id}"),
        };

        Assert.Contains("M-private-1", seen["manager html"], StringComparison.Ordinal);
        Assert.Contains("E-private-1", seen["employee html"], StringComparison.Ordinal);
        Assert.All(seen.Where(s => !s.Key.StartsWith("manager", StringComparison.Ordinal)), s => Assert.DoesNotContain("M-private-1", s.Value, StringComparison.Ordinal));
        Assert.All(seen.Where(s => !s.Key.StartsWith("employee", StringComparison.Ordinal)), s => Assert.DoesNotContain("E-private-1", s.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FormPost_WithoutJavaScript_SavesThenShowsAnAccessiblePage()
    {
        var meeting = await MeetingSetup.StartAsync(app, "form");

        using var saved = await browser.Http.PostAsync(meeting.EmployeeLink, new FormUrlEncodedContent([new("add", "Ask about training"), new("notes", "My own words")]));
        var itemId = MeetingPageClient.ItemId(await browser.PageAsync(meeting.EmployeeLink), "Ask about training");
        using var ticked = await browser.Http.PostAsync(meeting.EmployeeLink, new FormUrlEncodedContent([new("done", itemId), new("shown", itemId), new("add", ""), new("notes", "My own words")]));
        using var tooLong = await browser.Http.PostAsync(meeting.EmployeeLink, new FormUrlEncodedContent([new("add", new string('x', 501))]));
        using var page = await browser.Http.GetAsync(saved.Headers.Location is { } location ? new Uri(meeting.EmployeeLink, location) : meeting.EmployeeLink);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.SeeOther, HttpStatusCode.SeeOther), (saved.StatusCode, ticked.StatusCode));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("role=\"alert\"", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", page.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        foreach (var expected in new[] { "<html lang=\"en\">", "name=\"viewport\"", "<label class=\"field\" for=\"notes\">", "Ask about training", "My own words", "Saved.", " checked>" })
        {
            Assert.Contains(expected, html, StringComparison.Ordinal);
        }
        foreach (var forbidden in new[] { "<script", "src=", "href=", "@import" })
        {
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        }
        var stored = await browser.PageAsync(meeting.EmployeeLink);
        Assert.Equal(["Ask about training"], MeetingPageClient.Items(stored));
        Assert.True(stored.GetProperty("agenda")[0].GetProperty("done").GetBoolean());
    }

    public void Dispose() => browser.Dispose();
}
