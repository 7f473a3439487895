using Microsoft.AspNetCore.Http;

namespace OrderFlow.IntegrationTests.Faults;

/// <summary>
/// One request a DevHost made of storage, as the fault proxy sees it: the service ("Blob", "Queue", "Table"), the
/// method, and the resource it names (table, queue or container; "$batch" for a table transaction).
/// </summary>
sealed record StorageCall(string Service, string Method, string Resource, string Path)
{
    public static StorageCall Of(string service, HttpRequest request)
    {
        // "/devstoreaccount1/FabcOrders(PartitionKey='…')", "/devstoreaccount1/starts-abc/messages"
        var segments = request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var resource = segments.Length > 1 ? segments[1].Split('(')[0] : "";
        return new StorageCall(service, request.Method, resource, request.Path.Value!);
    }

    /// <summary>Whether the call is the task hub's (its tables, control and work-item queues, lease blobs), not the app's.</summary>
    public bool IsTaskHubs(string taskHub) => Resource.StartsWith(taskHub, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{Method} {Service} {Resource}";
}
