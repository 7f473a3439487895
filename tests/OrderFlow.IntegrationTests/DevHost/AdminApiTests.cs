using System.Net;
using System.Net.Http.Json;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.DevHost;

[Collection(SharedApps.TestFunctions)]
public class AdminApiTests(TestApp app)
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task RunTimer_WithHostKey_Answers202AndRunsIt()
    {
        var response = await app.Http.PostAsJsonAsync("admin/functions/ProbeTimer", new { });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var rows = await Eventually.WaitForAsync(() => app.Effects.ReadAsync("timer"), r => r.Count >= 1, Patience, "the timer run");
        Assert.Equal("on-time", rows[0].GetString("Detail"));
    }

    [Fact]
    public async Task RunQueueFunction_InputIsTheMessage()
    {
        var response = await app.Http.PostAsJsonAsync("admin/functions/ProbeQueue", new { input = """{"id":"from-admin","fail":false}""" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.WaitForAsync(() => app.Effects.ReadAsync("queue"), r => r.Any(x => x.RowKey == "from-admin"), Patience, "the queue run");
    }

    [Fact]
    public async Task Run_NoKeyOrUnknownOrHttpFunction_Refused()
    {
        using var anonymous = new HttpClient { BaseAddress = app.Http.BaseAddress };

        var noKey = await anonymous.PostAsJsonAsync("admin/functions/ProbeTimer", new { });
        var unknown = await app.Http.PostAsJsonAsync("admin/functions/NoSuchFunction", new { });
        var http = await app.Http.PostAsJsonAsync("admin/functions/ProbePing", new { });

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, http.StatusCode);
        Assert.Equal("application/problem+json", http.Content.Headers.ContentType?.MediaType);
    }
}
