using System.Text.Json;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Tests.Orders.Workflow;

/// <summary>Cancel and retry requests carry their sender, and still read as the bare values older workflow histories hold.</summary>
public class RequestEventJsonTests
{
    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    static readonly JsonSerializerOptions CaseSensitive = new();

    [Fact]
    public void CancelRequest_RoundTrip_KeepsReasonAndSender_ABareReason_ReadsWithoutSender()
    {
        var request = new CancelRequest("ordered twice", Actor.Person("u-1", "Sam Sales"));

        Assert.Equal(request, JsonSerializer.Deserialize<CancelRequest>(JsonSerializer.Serialize(request, Web), Web));
        Assert.Equal(new CancelRequest("changed my mind"), JsonSerializer.Deserialize<CancelRequest>("\"changed my mind\"", Web));
    }

    [Fact]
    public void CancelRequest_KeptInCamelCase_ReadsUnderCaseSensitiveOptions()
    {
        const string Kept = """{"reason":"ordered twice","by":{"id":"host","name":"host","kind":"Key"}}""";

        Assert.Equal(new CancelRequest("ordered twice", Actor.Key("host")), JsonSerializer.Deserialize<CancelRequest>(Kept, CaseSensitive));
    }

    [Fact]
    public void RetryRequest_RoundTrip_KeepsFlagAndSender_ABareCount_ReadsWithoutSender()
    {
        var request = new RetryRequest(2, Actor.Key("host"));

        Assert.Equal(request, JsonSerializer.Deserialize<RetryRequest>(JsonSerializer.Serialize(request, Web), Web));
        Assert.Equal(new RetryRequest(3), JsonSerializer.Deserialize<RetryRequest>("3", Web));
    }
}
