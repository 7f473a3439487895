using System.Reflection;
using Azure.Data.Tables;
using Microsoft.DurableTask.Client;

namespace OrderFlow.Core.Health;

/// <summary>Checks that storage and the durable task hub answer, each within a short time limit.</summary>
public sealed class HealthProbe(TableServiceClient tables, TimeProvider time)
{
    public const string Healthy = "Healthy";
    public const string Unhealthy = "Unhealthy";
    static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public async Task<HealthReport> CheckAsync(DurableTaskClient durable, CancellationToken cancellationToken)
    {
        DependencyHealth[] dependencies =
        [
            await MeasureAsync("storage", ct => ReadOneTableAsync(ct), cancellationToken),
            await MeasureAsync("durableTaskHub", ct => ReadOneInstanceAsync(durable, ct), cancellationToken),
        ];
        var status = dependencies.All(d => d.Status == Healthy) ? Healthy : Unhealthy;
        return new HealthReport(status, time.GetUtcNow(), dependencies, Versions());
    }

    async Task ReadOneTableAsync(CancellationToken ct)
    {
        await foreach (var _ in tables.QueryAsync(maxPerPage: 1, cancellationToken: ct).AsPages(pageSizeHint: 1))
        {
            return;
        }
    }

    static async Task ReadOneInstanceAsync(DurableTaskClient durable, CancellationToken ct)
    {
        var query = new OrchestrationQuery { PageSize = 1 };
        await foreach (var _ in durable.GetAllInstancesAsync(query).AsPages(pageSizeHint: 1).WithCancellation(ct))
        {
            return;
        }
    }

    async Task<DependencyHealth> MeasureAsync(string name, Func<CancellationToken, Task> check, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CheckTimeout);
        var started = time.GetTimestamp();
        try
        {
            await check(timeout.Token);
            return new DependencyHealth(name, Healthy, Elapsed(started), null);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Only the exception type: messages can carry account names or endpoints.
            return new DependencyHealth(name, Unhealthy, Elapsed(started), ex.GetType().Name);
        }
    }

    long Elapsed(long started) => (long)time.GetElapsedTime(started).TotalMilliseconds;

    static Dictionary<string, string> Versions() => new()
    {
        ["orderFlow"] = InformationalVersion(typeof(HealthProbe).Assembly),
        ["dotnet"] = Environment.Version.ToString(),
        ["durableTask"] = InformationalVersion(typeof(DurableTaskClient).Assembly),
    };

    static string InformationalVersion(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
        // Drop the "+commit" suffix: it is noise for an operator.
        return version.Split('+')[0];
    }
}
