using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace OrderFlow.Benchmarks.Throughput;

enum StorageService { Blob, Queue, Table }

/// <summary>
/// One storage request as counted: what kind of operation ("table insert", "queue get"…) on which table, queue or
/// container. Read from the path-style URL Azurite serves (/account/resource/…), the method and the query.
/// </summary>
readonly partial record struct StorageOperation(string Kind, string Resource)
{
    public static StorageOperation Classify(StorageService service, HttpRequest request, string? body)
    {
        // The first segment is the account; the rest names the resource.
        var segments = request.Path.Value!.Trim('/').Split('/', 2);
        var rest = segments.Length > 1 ? Uri.UnescapeDataString(segments[1]) : "";
        var comp = request.Query["comp"].ToString();
        return service switch
        {
            StorageService.Table => Table(request.Method, rest, request.Headers.IfMatch.Count > 0, body),
            StorageService.Queue => Queue(request.Method, rest.Split('/'), comp, request.Query["peekonly"] == "true"),
            _ => Blob(request.Method, rest.Split('/', 2), comp, request.Headers["x-ms-lease-action"].ToString()),
        };
    }

    /// <summary>Whose request the body of a table batch or table creation names; the URL alone does not say.</summary>
    public static bool NeedsBody(StorageService service, HttpRequest request) =>
        service == StorageService.Table && HttpMethods.IsPost(request.Method)
        && (request.Path.Value!.EndsWith("/$batch", StringComparison.Ordinal) || request.Path.Value.EndsWith("/Tables", StringComparison.Ordinal));

    static StorageOperation Table(string method, string rest, bool conditional, string? body)
    {
        if (rest == "$batch")
        {
            return new("table batch", BatchTable().Match(body ?? "").Groups[1].Value);
        }
        if (rest.StartsWith("Tables", StringComparison.Ordinal))
        {
            var created = CreatedTable().Match(body ?? "");
            return new(method == "POST" ? "table create" : "table admin", created.Success ? created.Groups[1].Value : rest);
        }
        var paren = rest.IndexOf('(', StringComparison.Ordinal);
        var name = paren < 0 ? rest : rest[..paren];
        var keyed = paren >= 0 && !rest.EndsWith("()", StringComparison.Ordinal);
        return new((method, keyed) switch
        {
            ("GET", true) => "table read",
            ("GET", false) => "table query",
            ("POST", false) => "table insert",
            ("DELETE", true) => "table delete",
            (_, true) => conditional ? "table update" : "table upsert",
            _ => "table other",
        }, name);
    }

    static StorageOperation Queue(string method, string[] path, string comp, bool peek) => (path.Length, method) switch
    {
        (1, _) when path[0].Length == 0 => new("queue account", "(account)"),
        (1, "PUT") when comp.Length == 0 => new("queue create", path[0]),
        (1, _) => new("queue properties", path[0]),
        (2, "POST") => new("queue put", path[0]),
        (2, "GET") => new(peek ? "queue peek" : "queue get", path[0]),
        (3, "DELETE") => new("queue delete", path[0]),
        (3, "PUT") => new("queue update", path[0]),
        _ => new("queue other", path[0]),
    };

    static StorageOperation Blob(string method, string[] path, string comp, string leaseAction)
    {
        if (path.Length == 1)
        {
            return new(path[0].Length == 0 ? "service properties"
                : comp == "list" ? "blob list"
                : method == "PUT" && comp.Length == 0 ? "container create"
                : "container properties", path[0].Length == 0 ? "(account)" : path[0]);
        }
        return new((method, comp) switch
        {
            (_, "lease") => "blob lease " + leaseAction.ToLowerInvariant(),
            ("PUT", "" or "block" or "blocklist") => "blob put",
            ("GET", "") => "blob get",
            ("HEAD", "") => "blob properties",
            ("DELETE", _) => "blob delete",
            _ => "blob other",
        }, path[0]);
    }

    // A batch's inner requests name their table after the account: "…/devstoreaccount1/BenchOrders(PartitionKey=…".
    [GeneratedRegex(@"devstoreaccount1/([A-Za-z][A-Za-z0-9]*)")]
    private static partial Regex BatchTable();

    [GeneratedRegex("\"TableName\"\\s*:\\s*\"([^\"]+)\"")]
    private static partial Regex CreatedTable();
}
