using System.Text.Json.Nodes;
using OrderFlow.Core.Orders;
using OrderFlow.DevHost.Demo;

namespace OrderFlow.Tests.DevHost;

public class DemoDataSeederTests
{
    static readonly HashSet<string> Created = new(["order"], StringComparer.Ordinal);

    [Theory]
    [InlineData("""{"method":"GET","path":"/api/orders"}""", FulfilmentMode.Auto, true)]
    [InlineData("""{"ifCreated":"order"}""", FulfilmentMode.Manual, true)]
    [InlineData("""{"ifCreated":"found-again"}""", FulfilmentMode.Manual, false)]
    [InlineData("""{"ifMode":"Manual"}""", FulfilmentMode.Manual, true)]
    [InlineData("""{"ifMode":"Manual"}""", FulfilmentMode.Auto, false)]
    [InlineData("""{"ifCreated":"order","ifMode":"Manual"}""", FulfilmentMode.Auto, false)]
    [InlineData("""{"ifCreated":"found-again","ifMode":"Manual"}""", FulfilmentMode.Manual, false)]
    public void Applies_IfCreatedAndIfMode_RunsOnlyWhenEachHolds(string request, FulfilmentMode mode, bool applies) =>
        Assert.Equal(applies, DemoDataSeeder.Applies(JsonNode.Parse(request)!, Created, mode));
}
