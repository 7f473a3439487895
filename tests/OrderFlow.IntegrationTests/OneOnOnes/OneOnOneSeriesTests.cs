using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using OrderFlow.IntegrationTests.Fixtures;
using static OrderFlow.IntegrationTests.OneOnOnes.OneOnOneApi;

namespace OrderFlow.IntegrationTests.OneOnOnes;

[Collection(SharedApps.OneOnOnes)]
public class OneOnOneSeriesTests(OneOnOneApp app)
{
    [Fact]
    public async Task Post_WeeklySeries_BothParticipantsGetOneRecurringRequest()
    {
        var (manager, employee) = await SeedPairAsync(app.Http, "post");
        var start = LocalDaysAhead(app.Clock, "America/New_York", 3, 9, 30);

        var id = await CreateAsync(app.Http, Body(manager, employee, start, "America/New_York", "weekly", 30));
        var retry = await app.Http.PostAsJsonAsync("api/one-on-ones", Body(manager, employee, start, "America/New_York", "weekly", 30));
        var series = await app.Http.GetFromJsonAsync<JsonElement>($"api/one-on-ones/{id}");

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(id, (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Equal(("active", 0, "America/New_York"), (series.GetProperty("status").GetString(), series.GetProperty("sequence").GetInt32(), series.GetProperty("timeZone").GetString()));
        Assert.Equal(start.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), series.GetProperty("upcoming")[0].GetProperty("start").GetString());
        foreach (var recipient in new[] { manager, employee }.Select(EmailOf))
        {
            var (method, calendar) = Assert.Single(await CalendarsToAsync(recipient, 1));
            var invite = Assert.Single(calendar.Events);
            Assert.Equal(("REQUEST", "REQUEST"), (method, calendar.Method));
            Assert.Equal($"{id}@orderflow", invite.Uid);
            Assert.Equal((FrequencyType.Weekly, 1), (invite.RecurrenceRule!.Frequency, invite.RecurrenceRule.Interval));
            Assert.Equal(("America/New_York", start), (invite.DtStart!.TzId, invite.DtStart.Value));
            Assert.Equal(start.AddMinutes(30), invite.DtEnd!.Value);
            Assert.Equal(0, invite.Sequence);
            Assert.Equal(new Uri($"mailto:{EmailOf(manager)}"), invite.Organizer!.Value);
            Assert.Equal(new Uri($"mailto:{EmailOf(employee)}"), Assert.Single(invite.Attendees).Value);
            Assert.Equal("America/New_York", Assert.Single(calendar.TimeZones).TzId);
        }
    }

    [Fact]
    public async Task Skip_OneMeeting_CancelForThatMeetingWithSequenceBumpedAndTheSkipperRecorded()
    {
        var (manager, employee) = await SeedPairAsync(app.Http, "skip");
        var start = LocalDaysAhead(app.Clock, "Europe/Berlin", 2, 10);
        var id = await CreateAsync(app.Http, Body(manager, employee, start, cadence: "biweekly"));
        var skipped = start.AddDays(14);

        var skip = await app.Http.PostAsJsonAsync($"api/one-on-ones/{id}/skip", new { date = $"{skipped:yyyy-MM-dd}" });
        var again = await app.Http.PostAsJsonAsync($"api/one-on-ones/{id}/skip", new { date = $"{skipped:yyyy-MM-dd}" });
        var notAMeeting = await app.Http.PostAsJsonAsync($"api/one-on-ones/{id}/skip", new { date = $"{start.AddDays(7):yyyy-MM-dd}" });
        var series = await app.Http.GetFromJsonAsync<JsonElement>($"api/one-on-ones/{id}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (skip.StatusCode, again.StatusCode));
        Assert.Equal(1, series.GetProperty("sequence").GetInt32());
        Assert.Equal(("integration", "Key"), (series.GetProperty("createdBy").GetProperty("name").GetString(), series.GetProperty("createdBy").GetProperty("kind").GetString()));
        Assert.Equal(("integration", "Key"), (series.GetProperty("updatedBy").GetProperty("name").GetString(), series.GetProperty("updatedBy").GetProperty("kind").GetString()));
        Assert.Equal([$"{skipped:yyyy-MM-dd}"], series.GetProperty("skipped").EnumerateArray().Select(d => d.GetString()));
        Assert.DoesNotContain(series.GetProperty("upcoming").EnumerateArray(), m => m.GetProperty("date").GetString() == $"{skipped:yyyy-MM-dd}");
        await AssertFieldProblemAsync(notAMeeting, "date");
        foreach (var recipient in new[] { manager, employee }.Select(EmailOf))
        {
            var calendars = await CalendarsToAsync(recipient, 2);
            Assert.Equal(["CANCEL", "REQUEST"], calendars.Select(c => c.Method).Order(StringComparer.Ordinal));
            var cancel = Assert.Single(calendars.Single(c => c.Method == "CANCEL").Calendar.Events);
            Assert.Equal($"{id}@orderflow", cancel.Uid);
            Assert.Equal(1, cancel.Sequence);
            Assert.Equal("CANCELLED", cancel.Status);
            Assert.Equal(("Europe/Berlin", skipped), (cancel.RecurrenceIdentifier!.StartTime.TzId, cancel.RecurrenceIdentifier.StartTime.Value));
            Assert.Null(cancel.RecurrenceRule);
        }
    }

    [Fact]
    public async Task Delete_Series_CancelForWholeSeriesOnceAndIdempotent()
    {
        var (manager, employee) = await SeedPairAsync(app.Http, "delete");
        var id = await CreateAsync(app.Http, Body(manager, employee, LocalDaysAhead(app.Clock, "Asia/Tokyo", 4, 8), "Asia/Tokyo", "monthly"));

        var deleted = await app.Http.DeleteAsync($"api/one-on-ones/{id}");
        var again = await app.Http.DeleteAsync($"api/one-on-ones/{id}");
        var skipAfter = await app.Http.PostAsJsonAsync($"api/one-on-ones/{id}/skip", new { date = "2030-01-01" });
        var unknown = await app.Http.DeleteAsync("api/one-on-ones/oo-unknown");
        var series = await app.Http.GetFromJsonAsync<JsonElement>($"api/one-on-ones/{id}");

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (deleted.StatusCode, again.StatusCode));
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.NotFound), (skipAfter.StatusCode, unknown.StatusCode));
        Assert.Equal(("cancelled", 1), (series.GetProperty("status").GetString(), series.GetProperty("sequence").GetInt32()));
        foreach (var recipient in new[] { manager, employee }.Select(EmailOf))
        {
            var calendars = await CalendarsToAsync(recipient, 2);
            var (method, calendar) = Assert.Single(calendars, c => c.Method == "CANCEL");
            var cancel = Assert.Single(calendar.Events);
            Assert.Equal(($"{id}@orderflow", 1, "CANCELLED"), (cancel.Uid, cancel.Sequence, cancel.Status));
            Assert.Null(cancel.RecurrenceIdentifier);
            Assert.Equal(FrequencyType.Monthly, cancel.RecurrenceRule!.Frequency);
        }
    }

    [Fact]
    public async Task Post_SameIdempotencyKeyWithAnotherStart_FindsTheFirstSeries_ALongKeyIs400()
    {
        var (manager, employee) = await SeedPairAsync(app.Http, "keyed");
        var key = "one-on-one-" + Guid.NewGuid().ToString("N");
        async Task<HttpResponseMessage> PostAsync(string idempotencyKey, int daysAhead)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/one-on-ones")
            {
                Content = JsonContent.Create(Body(manager, employee, LocalDaysAhead(app.Clock, "Europe/Berlin", daysAhead, 10))),
            };
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            return await app.Http.SendAsync(request);
        }

        using var first = await PostAsync(key, 2);
        // The seed's case: run again on a later day, its first meeting is two days from then.
        using var later = await PostAsync(key, 3);
        using var tooLong = await PostAsync(new string('k', 101), 2);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, later.StatusCode));
        Assert.Equal(id, (await later.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        foreach (var recipient in new[] { manager, employee }.Select(EmailOf))
        {
            Assert.Single(await CalendarsToAsync(recipient, 1));
        }
    }

    [Fact]
    public async Task Post_EveryFieldInvalid_400ListingEachProblem()
    {
        await PutEmployeeAsync(app.Http, "e-inactive", "Ina Active", managerId: null, active: false);

        var response = await app.Http.PostAsJsonAsync("api/one-on-ones", new
        {
            managerId = "m-nobody",
            employeeId = "e-inactive",
            cadence = "daily",
            durationMinutes = 0,
            firstStart = "2030-01-01T10:00+01:00",
            timeZone = "Mars/Olympus",
        });

        var problem = await AssertFieldProblemAsync(response, "cadence", "durationMinutes", "employeeId", "firstStart", "managerId", "timeZone");
        Assert.Contains("not active", problem.GetProperty("errors").GetProperty("employeeId")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_PastStartAndSamePerson_400AndNothingSent()
    {
        var (manager, _) = await SeedPairAsync(app.Http, "past");

        var past = await app.Http.PostAsJsonAsync("api/one-on-ones", Body(manager, $"e-past", LocalDaysAhead(app.Clock, "Europe/Berlin", -1, 10)));
        var self = await app.Http.PostAsJsonAsync("api/one-on-ones", Body(manager, manager, LocalDaysAhead(app.Clock, "Europe/Berlin", 2, 10)));

        await AssertFieldProblemAsync(past, "firstStart");
        await AssertFieldProblemAsync(self, "employeeId");
        Assert.Empty(await MailCatcher.MessagesToAsync(EmailOf(manager)));
    }

    static async Task<JsonElement> AssertFieldProblemAsync(HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(fields, problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        return problem;
    }
}
