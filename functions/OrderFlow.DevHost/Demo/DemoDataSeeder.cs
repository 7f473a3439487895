using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderFlow.DevHost.Http;

namespace OrderFlow.DevHost.Demo;

/// <summary>
/// Seeds demo data by replaying the requests in a JSON file ({"requests":[{"method","path","body"}]}) against the
/// running app with the host key: the data goes in through the app's own API and rules, and PUTs make re-runs
/// harmless. DevHost itself knows nothing of products or customers.
/// </summary>
static partial class DemoDataSeeder
{
    /// <summary>Seeds unless this demo file was already seeded (a marker remembers it), so restarts keep what a person changed.</summary>
    public static async Task SeedOnceAsync(Uri baseAddress, string hostKey, string file, string marker, ILogger logger, CancellationToken cancellationToken)
    {
        var fingerprint = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(file, cancellationToken)));
        if (File.Exists(marker) && await File.ReadAllTextAsync(marker, cancellationToken) == fingerprint)
        {
            return;
        }
        var seeded = await SeedAsync(baseAddress, hostKey, file, logger, cancellationToken);
        await File.WriteAllTextAsync(marker, fingerprint, cancellationToken);
        LogSeeded(logger, seeded);
    }

    public static async Task<int> SeedAsync(Uri baseAddress, string hostKey, string file, ILogger logger, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Add(FunctionKeys.HeaderName, hostKey);
        var requests = JsonNode.Parse(await File.ReadAllTextAsync(file, cancellationToken))?["requests"]?.AsArray() ?? [];
        var seeded = 0;
        foreach (var request in requests)
        {
            using var message = new HttpRequestMessage(new HttpMethod((string)request!["method"]!), ((string)request["path"]!).TrimStart('/'))
            {
                Content = request["body"] is { } body ? JsonContent.Create(body, options: JsonSerializerOptions.Web) : null,
            };
            using var response = await http.SendAsync(message, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                seeded++;
            }
            else
            {
                LogSeedFailed(logger, message.Method.Method, message.RequestUri!.ToString(), (int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
            }
        }
        return seeded;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Count} records seeded once (set DevHost__SeedDemoData=false to skip)")]
    static partial void LogSeeded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo data: {Method} {Path} answered {Status}: {Body}")]
    static partial void LogSeedFailed(ILogger logger, string method, string path, int status, string body);
}
