using Azure.Data.Tables;
using DurableTask.AzureStorage;
using DurableTask.Core;
using DurableTask.Core.History;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>A task hub as the Azure Storage provider keeps it: its history read, its control queues written as a fault would.</summary>
sealed class TaskHubStore(string storageConnection, string taskHub, int partitionCount)
{
    /// <summary>How many ExecutionStarted events the instance's history holds: one for a sound history.</summary>
    public Task<int> ExecutionStartsAsync(string instanceId) =>
        CountAsync(e => e.PartitionKey == instanceId && e.GetString("EventType") == nameof(EventType.ExecutionStarted));

    /// <summary>How many instances have recorded their start in their history.</summary>
    public Task<int> StartedInstancesAsync() => CountAsync(e => e.GetString("EventType") == nameof(EventType.ExecutionStarted));

    async Task<int> CountAsync(System.Linq.Expressions.Expression<Func<TableEntity, bool>> filter)
    {
        var history = new TableClient(storageConnection, taskHub + "History");
        var count = 0;
        await foreach (var _ in history.QueryAsync(filter, select: ["RowKey"]))
        {
            count++;
        }
        return count;
    }

    /// <summary>Each partition's current owner (a durable worker ID, or null) as the table partition manager records it.</summary>
    public async Task<IReadOnlyDictionary<string, string?>> PartitionOwnersAsync()
    {
        var owners = new Dictionary<string, string?>(StringComparer.Ordinal);
        await foreach (var row in new TableClient(storageConnection, taskHub + "Partitions").QueryAsync<TableEntity>())
        {
            owners[row.RowKey] = row.GetString("CurrentOwner");
        }
        return owners;
    }

    /// <summary>Puts the start message of a started instance in its control queue again, as a lost delete leaves it.</summary>
    public async Task RedeliverStartAsync(string instanceId, string orchestration, string input)
    {
        var row = await new TableClient(storageConnection, taskHub + "Instances").GetEntityAsync<TableEntity>(instanceId, "");
        var instance = new OrchestrationInstance { InstanceId = instanceId, ExecutionId = row.Value.GetString("ExecutionId") };
        var provider = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = new StorageAccountClientProvider(storageConnection),
            TaskHubName = taskHub,
            PartitionCount = partitionCount,
        });
        await provider.SendTaskOrchestrationMessageAsync(new TaskMessage
        {
            Event = new ExecutionStartedEvent(-1, input) { Name = orchestration, OrchestrationInstance = instance },
            OrchestrationInstance = instance,
        });
    }
}
