using System.Net;
using System.Net.Sockets;
using System.Text;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Surveys;

/// <summary>The answer endpoint is open to anyone: it checks the link before the body and reads at most 64 KiB.</summary>
[Collection(SharedApps.Surveys)]
public class AnswerBodyTests(SurveyApp app)
{
    [Fact]
    public async Task Answer_BodyOver64KiB_413AndNothingStored()
    {
        var (_, roundId, _, mails) = await app.InvitedRoundAsync(3);
        using var browser = new HttpClient();
        var fields = new Dictionary<string, string> { ["q1"] = "9", ["q2"] = "4", ["q3"] = "Tools", ["q4"] = new string('x', 65 * 1024) };

        using var response = await browser.PostAsync(mails[0].Link, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await app.ResponseCountAsync(roundId));
    }

    [Fact]
    public async Task Answer_ForgedLink_RefusedBeforeItsBodyIsSent()
    {
        var (_, _, _, mails) = await app.InvitedRoundAsync(3);
        var link = new Uri(mails[0].Link);
        var forged = new Uri(link, "eyJQIjoic3VydmV5In0.c2lnbmF0dXJl");
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(forged.Host, forged.Port);
        var stream = tcp.GetStream();

        // The headers promise a form the cap allows; only its first field is ever sent.
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST {forged.PathAndQuery} HTTP/1.1\r\nHost: {forged.Authority}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 60000\r\n\r\nq1=9&"));
        using var response = new StreamReader(stream, Encoding.ASCII);
        var status = await response.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.StartsWith("HTTP/1.1 404", status, StringComparison.Ordinal);
    }
}
