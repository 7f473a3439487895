using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Orders;
using OrderFlow.DevHost.Http;

namespace OrderFlow.DevHost.Demo;

/// <summary>
/// Seeds demo data by replaying the requests in a JSON file ({"requests":[{"method","path","body"}]}, see
/// <see cref="DemoRequest"/>) against the running app with the host key: the data goes in through the app's own API
/// and rules, and PUTs, idempotent imports and derived order IDs make re-runs harmless. A request with "name" keeps
/// the order ID it answers; one with "until" (a GET) is repeated until its answer has those values, so the next one
/// finds the order in that stage (or, with an array, in one of those). A request with "ifCreated" runs only when the
/// request of that name created what it names (201, or 202 for an order accepted), not when a re-run found it there
/// (200): opening a survey's rounds, answering them and moving a live order through its stages happen once. A request
/// with "ifMode" runs only in that fulfilment mode: in Manual mode the demo posts the warehouse's and carrier's events,
/// in Auto mode the app simulates them. DevHost itself knows nothing of products or customers.
/// </summary>
static partial class DemoDataSeeder
{
    static readonly TimeSpan UntilTimeout = TimeSpan.FromSeconds(90);
    static readonly TimeSpan UntilPoll = TimeSpan.FromMilliseconds(250);
    static readonly string[] NamedIds = ["orderId", "roundId", "id"];

    /// <summary>Seeds unless this demo file was already seeded (a marker remembers it), so restarts keep what a person changed.</summary>
    public static async Task SeedOnceAsync(Uri baseAddress, string hostKey, string file, string marker, IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var fingerprint = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(file, cancellationToken)));
        if (File.Exists(marker) && await File.ReadAllTextAsync(marker, cancellationToken) == fingerprint)
        {
            return;
        }
        var clock = Stopwatch.StartNew();
        var seeded = await SeedAsync(baseAddress, hostKey, file, services, logger, cancellationToken);
        await File.WriteAllTextAsync(marker, fingerprint, cancellationToken);
        LogSeeded(logger, seeded, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Replays the file; "answers" requests (<see cref="DemoSurveyAnswers"/>) and "ifMode" read the app's <paramref name="services"/>.</summary>
    public static async Task<int> SeedAsync(Uri baseAddress, string hostKey, string file, IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Add(FunctionKeys.HeaderName, hostKey);
        var requests = JsonNode.Parse(await File.ReadAllTextAsync(file, cancellationToken))?["requests"]?.AsArray() ?? [];
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        var created = new HashSet<string>(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var mode = services.GetRequiredService<IOptions<FulfilmentOptions>>().Value.Mode;
        var seeded = 0;
        foreach (var request in requests)
        {
            if (!Applies(request!, created, mode))
            {
                continue;
            }
            if (request!["answers"] is JsonObject answers)
            {
                var answered = await DemoSurveyAnswers.SendAsync(baseAddress, services, answers, text => DemoRequest.Resolve(text, named), cancellationToken);
                seeded += answered ? 1 : 0;
                if (!answered)
                {
                    LogAnswersFailed(logger, answers.ToJsonString());
                }
                continue;
            }
            var (status, answer) = request["until"] is JsonObject until
                ? await WaitUntilAsync(http, request, until, named, today, logger, cancellationToken)
                : await SendAsync(http, request, named, today, logger, cancellationToken);
            var ok = status is >= HttpStatusCode.OK and < HttpStatusCode.Ambiguous;
            // Later requests name what this one created: an order, a survey round or a survey.
            if (ok && request["name"] is { } name && NamedIds.Select(p => answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty(p, out var v) ? v.GetString() : null).FirstOrDefault(v => v is not null) is { } id)
            {
                named[(string)name!] = id;
                if (status is HttpStatusCode.Created or HttpStatusCode.Accepted)
                {
                    created.Add((string)name!);
                }
            }
            seeded += ok ? 1 : 0;
        }
        return seeded;
    }

    /// <summary>False for a request that follows a creation a re-run did not make ("ifCreated") or another fulfilment mode's ("ifMode").</summary>
    internal static bool Applies(JsonNode request, IReadOnlySet<string> created, FulfilmentMode mode) =>
        (request["ifCreated"] is not { } creator || created.Contains((string)creator!))
        && (request["ifMode"] is not { } wanted || Enum.Parse<FulfilmentMode>((string)wanted!) == mode);

    static async Task<(HttpStatusCode? Status, JsonElement Answer)> SendAsync(
        HttpClient http, JsonNode request, Dictionary<string, string> named, DateOnly today, ILogger logger, CancellationToken cancellationToken)
    {
        using var message = DemoRequest.Message(request, named, today);
        using var response = await http.SendAsync(message, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            LogSeedFailed(logger, message.Method.Method, message.RequestUri!.ToString(), (int)response.StatusCode, text);
            return (response.StatusCode, default);
        }
        return (response.StatusCode, text.Length > 0 && text[0] == '{' ? JsonSerializer.Deserialize<JsonElement>(text) : default);
    }

    /// <summary>Reads the path until every property of <paramref name="until"/> has its value in the answer; no status after a timeout.</summary>
    static async Task<(HttpStatusCode? Status, JsonElement Answer)> WaitUntilAsync(
        HttpClient http, JsonNode request, JsonObject until, Dictionary<string, string> named, DateOnly today, ILogger logger, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < UntilTimeout)
        {
            using var message = DemoRequest.Message(request, named, today);
            using var response = await http.SendAsync(message, cancellationToken);
            if (response.IsSuccessStatusCode && await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken) is var answer
                && until.All(p => answer.TryGetProperty(p.Key, out var value) && Accepts(p.Value, value)))
            {
                return (response.StatusCode, answer);
            }
            await Task.Delay(UntilPoll, cancellationToken);
        }
        LogUntilTimedOut(logger, (string)request["path"]!, until.ToJsonString(), UntilTimeout.TotalSeconds);
        return (null, default);
    }

    /// <summary>A value of "until" is the one wanted, or an array of values any of which will do.</summary>
    static bool Accepts(JsonNode? wanted, JsonElement value) =>
        wanted is JsonArray any ? any.Any(w => w?.ToString() == value.ToString()) : wanted?.ToString() == value.ToString();

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Count} requests seeded once in {Seconds:F1} s (set DevHost__SeedDemoData=false to skip)")]
    static partial void LogSeeded(ILogger logger, int count, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo data: {Path} did not answer {Until} within {Seconds} s")]
    static partial void LogUntilTimedOut(ILogger logger, string path, string until, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo data: survey answers {Answers} were not all taken")]
    static partial void LogAnswersFailed(ILogger logger, string answers);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo data: {Method} {Path} answered {Status}: {Body}")]
    static partial void LogSeedFailed(ILogger logger, string method, string path, int status, string body);
}
