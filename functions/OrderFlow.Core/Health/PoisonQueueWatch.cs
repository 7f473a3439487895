using System.Globalization;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Email;
using OrderFlow.Core.Inventory;

namespace OrderFlow.Core.Health;

/// <summary>
/// Looks into the poison queues, where a message lands once it has failed every attempt (an email the relay refused
/// for good or could not take for hours, an order start, an intake message, a survey invitation), so that no such
/// failure goes unnoticed: it logs an error, which the Azure Monitor alert in infra/ watches for (that one reaches
/// the operations inbox even when email is what fails), and emails the operations inbox, once a day.
/// </summary>
public sealed partial class PoisonQueueWatch(
    QueueServiceClient queues, IConfiguration configuration, EmailOutbox outbox, IOptions<AlertOptions> alerts, TimeProvider time, ILogger<PoisonQueueWatch> logger)
{
    /// <summary>The poison queues that hold messages and how many (approximately), of the queues the settings name.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CheckAsync(IEnumerable<string> queueSettings, CancellationToken cancellationToken)
    {
        var waiting = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in queueSettings.Select(queueSetting => configuration[queueSetting]).OfType<string>())
        {
            var poison = queues.GetQueueClient(name + "-poison");
            if (await poison.ExistsAsync(cancellationToken) && (await poison.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount is > 0 and var count)
            {
                waiting[poison.Name] = count;
            }
        }
        if (waiting.Count > 0)
        {
            var list = string.Join(", ", waiting.Select(w => $"{w.Key}: {w.Value}"));
            LogPoisoned(logger, waiting.Values.Sum(), list);
            await AlertAsync(list, cancellationToken);
        }
        return waiting;
    }

    Task AlertAsync(string list, CancellationToken cancellationToken)
    {
        var day = time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return outbox.EnqueueAsync(
            new EmailMessage(
                $"operations/poison-queues/{day}",
                alerts.Value.Email,
                "Operations",
                "OrderFlow: messages failed every attempt",
                $"Messages wait in poison queues ({list}). Each failed every attempt; see \"Poison queues\" in the README for what each means and what to do.\n"),
            cancellationToken);
    }

    // The Azure Monitor alert (infra/app/monitoring.bicep) searches for this text: keep the two in step.
    public const string LogText = "messages wait in poison queues";

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} " + LogText + ": {Queues}")]
    static partial void LogPoisoned(ILogger logger, int count, string queues);
}
