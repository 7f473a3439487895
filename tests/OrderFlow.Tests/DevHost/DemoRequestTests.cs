using System.Text.Json.Nodes;
using OrderFlow.DevHost.Demo;

namespace OrderFlow.Tests.DevHost;

public class DemoRequestTests
{
    static readonly DateOnly Today = new(2026, 12, 2);

    [Fact]
    public async Task Message_DayPlaceholders_UtcInstantsAndWallClockTimesRelativeToToday()
    {
        var request = JsonNode.Parse("""
            {"method":"POST","path":"/api/one-on-ones","body":{"firstStart":"@day+2T10:00","past":["@day-12T09:30Z"],"text":"@day-1 stays"}}
            """)!;

        using var message = DemoRequest.Message(request, new Dictionary<string, string>(), Today);
        var body = JsonNode.Parse(await message.Content!.ReadAsStringAsync())!;

        Assert.Equal(("2026-12-04T10:00", "2026-11-20T09:30:00Z", "@day-1 stays"), ((string)body["firstStart"]!, (string)body["past"]![0]!, (string)body["text"]!));
        Assert.Equal("@day+2T10:00", (string)request["body"]!["firstStart"]!);
    }

    [Fact]
    public async Task Message_JsonLinesAndANamedOrder_OneObjectPerLineAndTheOrderIdInThePath()
    {
        var request = JsonNode.Parse("""
            {"method":"POST","path":"/api/orders/{held}/approve","jsonLines":[{"at":"@day-1T08:00Z"},{"n":2}]}
            """)!;

        using var message = DemoRequest.Message(request, new Dictionary<string, string> { ["held"] = "api-123" }, Today);

        Assert.Equal("api/orders/api-123/approve", message.RequestUri!.ToString());
        Assert.Equal("application/x-ndjson", message.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("{\"at\":\"2026-12-01T08:00:00Z\"}\n{\"n\":2}", await message.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Message_Headers_SentWithTheRequest()
    {
        var request = JsonNode.Parse("""
            {"method":"POST","path":"/api/surveys","headers":{"Idempotency-Key":"demo-pulse"},"body":{}}
            """)!;

        using var message = DemoRequest.Message(request, new Dictionary<string, string>(), Today);

        Assert.Equal(["demo-pulse"], message.Headers.GetValues("Idempotency-Key"));
    }
}
