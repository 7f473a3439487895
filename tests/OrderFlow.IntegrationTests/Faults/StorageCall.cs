using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using OrderFlow.TestSupport;

namespace OrderFlow.IntegrationTests.Faults;

/// <summary>
/// One request a DevHost made of storage, as the fault proxy sees it: the service ("Blob", "Queue", "Table"), the
/// method, and the resource it names (table, queue or container; for a table transaction, the table its rows are in).
/// </summary>
sealed partial record StorageCall(string Service, string Method, string Resource, string Path)
{
    public static async Task<StorageCall> OfAsync(string service, HttpRequest request)
    {
        // "/devstoreaccount1/FabcOrders(PartitionKey='…')", "/devstoreaccount1/starts-abc/messages", "/devstoreaccount1/$batch"
        var segments = request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var resource = segments.Length > 1 ? segments[1].Split('(')[0] : "";
        if (resource == "$batch")
        {
            resource = BatchTable().Match(await StorageProxyHost.ReadBodyAsync(request)) is { Success: true } part ? part.Groups[1].Value : resource;
        }
        return new StorageCall(service, request.Method, resource, request.Path.Value!);
    }

    /// <summary>Whether the call is the task hub's (its tables, control and work-item queues, lease blobs), not the app's.</summary>
    public bool IsTaskHubs(string taskHub) => Resource.StartsWith(taskHub, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{Method} {Service} {Resource}";

    /// <summary>Each operation of a transaction is a request line naming its table: "POST http://…/devstoreaccount1/Table HTTP/1.1".</summary>
    [GeneratedRegex(@"^(?:POST|PUT|MERGE|PATCH|DELETE|GET) https?://[^/\s]+/[^/\s]+/([A-Za-z0-9]+)", RegexOptions.Multiline)]
    private static partial Regex BatchTable();
}
