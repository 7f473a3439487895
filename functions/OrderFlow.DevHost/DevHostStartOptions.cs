using System.Reflection;

namespace OrderFlow.DevHost;

/// <summary>What to serve and with which settings; tests pass their own assembly and settings.</summary>
sealed record DevHostStartOptions(Assembly FunctionsAssembly)
{
    public string[] Args { get; init; } = [];

    /// <summary>Settings that win over environment and command line (used by tests).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public bool PrintBanner { get; init; } = true;

    /// <summary>Registrations made before the app's own, so they win over its defaults (tests use it for a clock).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>Requests replayed at start when DevHost:SeedDemoData is true; null seeds nothing.</summary>
    public string? DemoDataFile { get; init; }
}
