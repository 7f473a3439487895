using Microsoft.DurableTask.Client;
using OrderFlow.Core.Orders;

namespace OrderFlow.Benchmarks.Soak;

/// <summary>
/// Order orchestrations the task hub still holds Running or Pending. An order's instance ID is its order ID, which
/// starts with its channel, so the survey rounds' instances (which wait days) are told apart.
/// </summary>
static class OpenInstances
{
    static readonly string[] OrderPrefixes = [.. new[] { OrderChannels.Shopify, OrderChannels.WooCommerce, OrderChannels.Webhook, OrderChannels.Api, OrderChannels.Queue }.Select(c => c + "-")];

    // An instance completes just after its order's final write; the drain may end between the two.
    static readonly TimeSpan Settle = TimeSpan.FromMinutes(1);
    static readonly TimeSpan LookEvery = TimeSpan.FromSeconds(5);

    /// <summary>Looks until none is left or a minute has passed; answers the last count.</summary>
    public static async Task<int> WaitForNoneAsync(DurableTaskClient client)
    {
        var deadline = DateTime.UtcNow + Settle;
        while (true)
        {
            var open = await CountOrdersAsync(client);
            if (open == 0 || DateTime.UtcNow > deadline)
            {
                return open;
            }
            await Task.Delay(LookEvery);
        }
    }

    static async Task<int> CountOrdersAsync(DurableTaskClient client)
    {
        var query = new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Pending] };
        var open = 0;
        await foreach (var instance in client.GetAllInstancesAsync(query))
        {
            open += OrderPrefixes.Any(p => instance.InstanceId.StartsWith(p, StringComparison.Ordinal)) ? 1 : 0;
        }
        return open;
    }
}
