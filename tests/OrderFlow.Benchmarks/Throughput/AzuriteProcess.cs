using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>
/// The Azurite process of a phase: the CPU time it has used (user + system, from /proc/&lt;pid&gt;/stat) and its
/// resident memory. Linux only, like the machine the figures are for.
/// </summary>
sealed class AzuriteProcess(int pid, double msPerTick)
{
    public static async Task<AzuriteProcess> OfAsync(PhaseAzurite azurite) =>
        new(azurite.ProcessId, 1000.0 / await ClockTicksPerSecondAsync());

    /// <summary>CPU milliseconds used so far.</summary>
    public double CpuMilliseconds()
    {
        // Fields after the command name (which may hold spaces) start at field 3; utime and stime are fields 14 and 15.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * msPerTick;
    }

    /// <summary>Resident memory in bytes (VmRSS in /proc/&lt;pid&gt;/status, given in kB).</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    public static string Version(string repositoryRoot)
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(repositoryRoot, "node_modules", "azurite", "package.json")));
        return package.RootElement.GetProperty("version").GetString()!;
    }

    static async Task<int> ClockTicksPerSecondAsync()
    {
        using var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true })!;
        var output = await getconf.StandardOutput.ReadToEndAsync();
        await getconf.WaitForExitAsync();
        return int.Parse(output.Trim(), CultureInfo.InvariantCulture);
    }
}
