using System.Net.Http.Json;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Channels;
using OrderFlow.Core.People;
using OrderFlow.Core.Storage;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.Tests.GeneratedInputs;
using Xunit.Abstractions;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>
/// Generated requests through HTTP at the doors that parse an order or a file: the order API, the generic, Shopify
/// and WooCommerce webhooks (signed) and the employee import. Each is answered 2xx or with a 4xx problem naming a
/// field, and a refused one leaves no order, delivery or employee stored. The parsers' own properties run in process
/// (unit tests' <c>GeneratedInputTests</c>); a failure here prints FsCheck's Replay seed.
/// </summary>
public class GeneratedRequestTests(ProductApp app, ITestOutputHelper output) : IClassFixture<ProductApp>
{
    const int Cases = 100;

    readonly List<string> answers = [];

    sealed record GeneratedRequest(string Door, string Topic, byte[] Body)
    {
        public override string ToString() => $"{Door} {Topic}: {System.Text.Encoding.UTF8.GetString(Body)}";
    }

    static readonly Gen<string> ExternalIds = AnyText.Mostly("PO-1", "PO-2", "CRM.7_x");

    static readonly Gen<GeneratedRequest> Requests = Gen.OneOf(
        OrderBodies.OrJunk(OrderBodies.Canonical(ExternalIds)).Select(b => new GeneratedRequest("orders", "", b)),
        OrderBodies.OrJunk(OrderBodies.Canonical(ExternalIds)).Select(b => new GeneratedRequest("generic", "", b)),
        Gen.Zip(Gen.Elements("orders/create", "orders/paid", "orders/cancelled"), OrderBodies.OrJunk(OrderBodies.Shopify)).Select(r => new GeneratedRequest("shopify", r.Item1, r.Item2)),
        Gen.Zip(Gen.Elements("order.created", "order.updated", "order.deleted"), OrderBodies.OrJunk(OrderBodies.WooCommerce)).Select(r => new GeneratedRequest("woocommerce", r.Item1, r.Item2)),
        EmployeeFiles.Any.Select(b => new GeneratedRequest("import", "", b)));

    [Fact]
    public async Task Doors_GeneratedRequests_AnsweredOrRefusedNamingAFieldAndNothingStored()
    {
        await Task.Run(() => Check.One(
            "generated requests", Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(Requests.ToArbitrary(), request => SendAndCheckAsync(request).GetAwaiter().GetResult())));

        output.WriteLine(string.Join(Environment.NewLine, answers.CountBy(a => a).OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}: {a.Value}")));
        // The generators reach both sides of every door's decision, or the property above proved little.
        Assert.Contains(answers, a => a.EndsWith(" 2xx", StringComparison.Ordinal));
        Assert.Contains(answers, a => a.EndsWith(" 4xx", StringComparison.Ordinal));
    }

    async Task SendAndCheckAsync(GeneratedRequest request)
    {
        var before = await StoredAsync();
        using var response = await SendAsync(request);
        var status = (int)response.StatusCode;
        if (status is < 200 or >= 300)
        {
            Assert.InRange(status, 400, 499);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.NotEmpty(problem.GetProperty("errors").EnumerateObject());
            Assert.Equal(before, await StoredAsync());
        }
        answers.Add($"{request.Door} {status / 100}xx");
    }

    Task<HttpResponseMessage> SendAsync(GeneratedRequest request) => request.Door switch
    {
        "shopify" => ShopWebhooks.PostShopifyAsync(app.Http, request.Body, request.Topic),
        "woocommerce" => ShopWebhooks.PostWooCommerceAsync(app.Http, request.Body, request.Topic),
        "generic" => ShopWebhooks.PostGenericAsync(app.Http, request.Body, DateTimeOffset.UtcNow),
        "import" => app.Http.PostAsync("api/employees/import", new ByteArrayContent(request.Body) { Headers = { ContentType = new("text/csv") } }),
        _ => app.Http.PostAsync("api/orders", new ByteArrayContent(request.Body) { Headers = { ContentType = new("application/json") } }),
    };

    /// <summary>The keys of every order, webhook delivery and employee stored.</summary>
    async Task<List<string>> StoredAsync()
    {
        var tables = app.Server.Services.GetRequiredService<TableServiceClient>();
        var names = app.Server.Services.GetRequiredService<StorageNames>();
        var keys = new List<string>();
        foreach (var table in new[] { OrderBook.TableName, WebhookDeliveries.TableName, EmployeeDirectory.TableName })
        {
            try
            {
                await foreach (var row in tables.GetTableClient(names.Table(table)).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
                {
                    keys.Add($"{table}/{row.PartitionKey}/{row.RowKey}");
                }
            }
            catch (RequestFailedException missing) when (missing.Status == 404)
            {
                // Not created yet: nothing stored in it.
            }
        }
        return keys;
    }
}
