using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OrderFlow.DevHost.Dependencies;

/// <summary>Starts the Azurite version pinned in the root package.json, which the build installs.</summary>
static class Azurite
{
    /// <summary>Starts Azurite keeping its data in <paramref name="dataDirectory"/>, or in memory when that is null.</summary>
    public static async Task<string> StartAsync(LocalState state, ChildProcesses children, string? dataDirectory, CancellationToken cancellationToken) =>
        (await StartProcessAsync(state, children, dataDirectory, AzuritePorts.Any, cancellationToken)).Ports.ConnectionString;

    /// <summary>
    /// Starts Azurite as <see cref="StartAsync"/> does, on <paramref name="ports"/> (a restart keeps the ports the app
    /// knows); answers the ports it took and its process, for tests that pause it and for its supervisor.
    /// </summary>
    public static async Task<(AzuritePorts Ports, StartedProcess Process)> StartProcessAsync(
        LocalState state, ChildProcesses children, string? dataDirectory, AzuritePorts ports, CancellationToken cancellationToken)
    {
        await RequireInstalledAsync(state, cancellationToken);
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = state.RepositoryRoot,
        };
        foreach (var argument in new[]
        {
            Path.Combine(state.RepositoryRoot, "node_modules", "azurite", "dist", "src", "azurite.js"),
            "--silent", "--skipApiVersionCheck", "--disableTelemetry",
            "--blobHost", "127.0.0.1", "--blobPort", $"{ports.Blob}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{ports.Queue}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{ports.Table}",
        }.Concat(dataDirectory is null ? ["--inMemoryPersistence"] : ["--location", dataDirectory]))
        {
            startInfo.ArgumentList.Add(argument);
        }
        var process = children.Start(startInfo);
        try
        {
            var listening = await Task.WhenAll(Services.Select(service =>
                process.ListeningPortAsync(Listening(service), TimeSpan.FromSeconds(60), $"Azurite ({service})")));
            return (new AzuritePorts(listening[0], listening[1], listening[2]), process);
        }
        catch
        {
            // A start that failed leaves nothing behind holding a port or the data folder (a supervisor tries again).
            process.Process.Kill(entireProcessTree: true);
            throw;
        }
    }

    static readonly string[] Services = ["Blob", "Queue", "Table"];

    // Azurite prints each service's address once it listens, with the port it was given when asked for port 0.
    static Regex Listening(string service) => new($@"^Azurite {service} service is successfully listening at http://127\.0\.0\.1:(?<port>\d+)");

    public static string DataDirectory(LocalState state) => Directory.CreateDirectory(state.PathOf("azurite")).FullName;

    /// <summary>The build installs the pinned Azurite (npm ci, in OrderFlow.DevHost.csproj); without Node.js it could not.</summary>
    static async Task RequireInstalledAsync(LocalState state, CancellationToken cancellationToken)
    {
        await ToolCommands.RequireNodeAsync(state.RepositoryRoot, cancellationToken);
        var pinned = PinnedVersion(Path.Combine(state.RepositoryRoot, "package.json"));
        if (InstalledVersion(state.RepositoryRoot) != pinned)
        {
            throw new DependencyMissingException(
                $"Azurite {pinned} (package.json) is not installed: build DevHost again (dotnet build functions/OrderFlow.DevHost runs npm ci), or run npm ci in {state.RepositoryRoot}.");
        }
    }

    static string PinnedVersion(string packageJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(packageJson));
        return document.RootElement.GetProperty("dependencies").GetProperty("azurite").GetString()!;
    }

    static string? InstalledVersion(string root)
    {
        var path = Path.Combine(root, "node_modules", "azurite", "package.json");
        if (!File.Exists(path))
        {
            return null;
        }
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("version").GetString();
    }
}
