namespace OrderFlow.Core.OneOnOnes;

/// <summary>How often a series meets. Monthly keeps the weekday of the first meeting ("second Tuesday").</summary>
public enum Cadence
{
    Weekly,
    Biweekly,
    Monthly,
}

public static class Cadences
{
    public const string Allowed = "weekly, biweekly or monthly";

    public static Cadence? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "weekly" => Cadence.Weekly,
        "biweekly" => Cadence.Biweekly,
        "monthly" => Cadence.Monthly,
        _ => null,
    };

    public static string ToWire(this Cadence cadence) => cadence.ToString().ToLowerInvariant();
}
