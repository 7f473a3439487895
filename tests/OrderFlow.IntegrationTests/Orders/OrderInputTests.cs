using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>
/// Bad input gets a problem answer naming the field, and leaves nothing stored: one case per door (the order API, a
/// shop webhook, the customer API) and the HTTP limits. The field checks themselves are unit tests beside them.
/// </summary>
[Collection(SharedApps.OrderChannels)]
public class OrderInputTests(ProductApp app)
{
    async Task<(HttpStatusCode Status, JsonElement Problem)> PostRawAsync(string body, string contentType = "application/json")
    {
        var response = await app.Http.PostAsync("api/orders", new StringContent(body, Encoding.UTF8, contentType));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    async Task AssertNotStoredAsync(string externalId) =>
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"api/orders/{OrderIds.From("api", "direct", externalId)}")).StatusCode);

    static string[] ErrorFields(JsonElement problem) => [.. problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task MalformedJson_400NamingTheBody()
    {
        var (status, problem) = await PostRawAsync("""{"externalId":"PO-9001","lines":[""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotEmpty(ErrorFields(problem));
        await AssertNotStoredAsync("PO-9001");
    }

    [Fact]
    public async Task WrongContentType_415()
    {
        var (status, _) = await PostRawAsync("externalId=PO-9002", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        await AssertNotStoredAsync("PO-9002");
    }

    [Fact]
    public async Task FieldsWrong_400ProblemNamingEachFieldAndNothingStored()
    {
        // Which fields are wrong is the checks' to decide (CanonicalOrderChecksTests); this is the door they guard.
        var order = JsonSerializer.SerializeToNode(OrderApi.Order("PO-9003", "c-1", "CUP-1", quantity: -1))!;
        order["shippingAddress"]!["country"] = "Germany";

        var (status, problem) = await PostRawAsync(order.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["lines[0].quantity", "shippingAddress.country"], ErrorFields(problem));
        await AssertNotStoredAsync("PO-9003");
    }

    [Fact]
    public async Task ShopifyCustomerNamedWithAControlCharacter_400NamingTheFieldAndNothingStored()
    {
        var body = Encoding.UTF8.GetBytes(ShopWebhooks.ShopifyOrder(9007, "paid").Replace("\"first_name\":\"Jürgen\"", "\"first_name\":\"J\\u0001rgen\"", StringComparison.Ordinal));

        var response = await ShopWebhooks.PostShopifyAsync(app.Http, body, "orders/create");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["customer.name"], ErrorFields(await response.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"api/orders/{OrderIds.From("shopify", ShopWebhooks.Shop, "9007")}")).StatusCode);
    }

    [Fact]
    public async Task CustomerWithAControlCharacterOrOverlongAddress_400NamingEachFieldAndNothingStored()
    {
        var response = await app.Http.PutAsJsonAsync("api/customers/c-ctl", new
        {
            name = "Ada\u001bBuyer", email = "ada@example.test", shippingAddress = new { line1 = "Hauptstraße 1", city = new string('y', 101), country = "DE" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["name", "shippingAddress.city"], ErrorFields(await response.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Null(await app.Server.Services.GetRequiredService<CustomerDirectory>().FindAsync(CustomerId.Parse("c-ctl"), CancellationToken.None));
    }

    [Fact]
    public async Task BodyOver512KiB_413()
    {
        var (status, _) = await PostRawAsync($$"""{"externalId":"PO-9004","padding":"{{new string('x', 600 * 1024)}}"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        await AssertNotStoredAsync("PO-9004");
    }

    [Fact]
    public async Task UnknownOrder_404Problem()
    {
        var response = await app.Http.GetAsync("api/orders/api-0000000000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
