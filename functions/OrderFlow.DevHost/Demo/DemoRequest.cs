using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OrderFlow.DevHost.Demo;

/// <summary>
/// One request of the demo file as sent, with its "headers" if it has any: "body" goes as JSON, "jsonLines" (an array
/// of objects) as JSON lines. A string "@day-12T09:00Z" anywhere in them becomes that instant (UTC) twelve days before
/// the seeding day, and "@day+2T10:00" that wall-clock time two days after it, so the data stays in the last and next
/// weeks whenever a newcomer first starts. "{name}" in the path is the order, round or survey ID answered to the
/// request named so.
/// </summary>
static partial class DemoRequest
{
    public static HttpRequestMessage Message(JsonNode request, IReadOnlyDictionary<string, string> named, DateOnly today)
    {
        var path = Resolve((string)request["path"]!, named);
        var message = new HttpRequestMessage(new HttpMethod((string)request["method"]!), path.TrimStart('/'));
        foreach (var (name, value) in request["headers"]?.AsObject() ?? [])
        {
            message.Headers.Add(name, (string)value!);
        }
        if (request["body"] is { } body)
        {
            message.Content = JsonContent.Create(Dated(body, today), options: JsonSerializerOptions.Web);
        }
        else if (request["jsonLines"] is JsonArray lines)
        {
            var text = string.Join('\n', lines.Select(line => Dated(line!, today).ToJsonString()));
            message.Content = new StringContent(text, Encoding.UTF8);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        }
        return message;
    }

    /// <summary>The text with each "{name}" replaced by the ID answered to the request named so.</summary>
    public static string Resolve(string text, IReadOnlyDictionary<string, string> named) =>
        NamePattern().Replace(text, m => named.TryGetValue(m.Groups[1].Value, out var id) ? id : m.Value);

    /// <summary>A copy of <paramref name="node"/> with every "@day±NThh:mm[Z]" string replaced by its time.</summary>
    static JsonNode Dated(JsonNode node, DateOnly today) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : (JsonNode?)Dated(p.Value, today)))),
        JsonArray a => new JsonArray([.. a.Select(i => i is null ? null : Dated(i, today))]),
        JsonValue v when v.TryGetValue<string>(out var s) && DayPattern().Match(s) is { Success: true } m => JsonValue.Create(At(m, today)),
        _ => node.DeepClone(),
    };

    static string At(Match match, DateOnly today)
    {
        var day = today.AddDays(int.Parse(match.Groups["days"].Value, CultureInfo.InvariantCulture));
        var at = day.ToDateTime(TimeOnly.ParseExact(match.Groups["time"].Value, "HH:mm", CultureInfo.InvariantCulture));
        return at.ToString(match.Groups["utc"].Success ? "yyyy-MM-ddTHH:mm:ssZ" : "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^@day(?<days>[+-]\d{1,4})T(?<time>\d{2}:\d{2})(?<utc>Z)?$")]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9-]*)\}")]
    private static partial Regex NamePattern();
}
