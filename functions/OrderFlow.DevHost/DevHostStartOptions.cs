using System.Reflection;

namespace OrderFlow.DevHost;

/// <summary>What to serve and with which settings; tests pass their own assembly and settings.</summary>
sealed record DevHostStartOptions(Assembly FunctionsAssembly)
{
    public string[] Args { get; init; } = [];

    /// <summary>Settings that win over environment and command line (used by tests).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public bool PrintBanner { get; init; } = true;

    /// <summary>Requests replayed at start when DevHost:SeedDemoData is true; null seeds nothing.</summary>
    public string? DemoDataFile { get; init; }
}
