using System.Text.Json.Serialization;

namespace OrderFlow.Core.Health;

public sealed record HealthReport(
    string Status,
    DateTimeOffset CheckedAt,
    IReadOnlyList<DependencyHealth> Dependencies,
    IReadOnlyDictionary<string, string> Versions)
{
    [JsonIgnore]
    public bool IsHealthy => Status == HealthProbe.Healthy;
}

/// <summary>One dependency's answer; <paramref name="Error"/> names the failure without secrets.</summary>
public sealed record DependencyHealth(string Name, string Status, long DurationMs, string? Error);
