using System.Net;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OrderFlow.Benchmarks;

/// <summary>
/// The least a webhook receiver can do: check the HMAC over the raw body and insert one Table row. The yardstick the
/// real Shopify endpoint is measured against, on the same machine and storage.
/// </summary>
static class BareWebhookEndpoint
{
    public static async Task<(WebApplication App, Uri Address)> StartAsync(string storage, string secret)
    {
        var table = new TableServiceClient(storage).GetTableClient("BareWebhooks");
        await table.CreateIfNotExistsAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/webhook", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            var body = buffer.ToArray();
            var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
            var presented = request.Headers["X-Shopify-Hmac-Sha256"].ToString();
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(presented)))
            {
                return Results.Unauthorized();
            }
            await table.AddEntityAsync(new TableEntity("webhooks", Guid.NewGuid().ToString("N")) { ["Body"] = body });
            return Results.Accepted();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return (app, new Uri(address));
    }
}
