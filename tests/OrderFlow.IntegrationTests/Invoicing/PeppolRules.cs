using System.Diagnostics;
using System.Xml.Linq;
using Microsoft.Extensions.Configuration;
using OrderFlow.DevHost.Dependencies;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>
/// The official EN 16931 (CEN) and Peppol BIS Billing 3.0 business rules, kept in tests/standards/peppol-bis-3 with
/// their notice, run by Saxon-HE (installed by tests/install-saxon.sh when missing) over many documents in one JVM:
/// starting Java and compiling the rules takes seconds, checking one more document milliseconds.
/// </summary>
static class PeppolRules
{
    const string SaxonJar = "/usr/share/java/Saxon-HE.jar";
    static readonly SemaphoreSlim Installing = new(1, 1);

    static string Root => LocalState.Resolve(new ConfigurationBuilder().Build()).RepositoryRoot;

    static string RulesFolder => Path.Combine(Root, "tests", "standards", "peppol-bis-3");

    /// <summary>Every failed assert, fatal or warning, of every document, keyed by the document's name.</summary>
    public static async Task<IReadOnlyList<RuleFailure>> CheckAsync(IReadOnlyDictionary<string, XDocument> documents)
    {
        await EnsureInstalledAsync();
        var folder = Directory.CreateTempSubdirectory("orderflow-peppol-");
        try
        {
            foreach (var (name, document) in documents)
            {
                document.Save(Path.Combine(folder.FullName, name + ".xml"));
            }
            var output = await RunSaxonAsync(new Uri(folder.FullName + "/").AbsoluteUri);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
            var checkedNames = lines.Where(l => l[0] == "checked").Select(l => Path.GetFileNameWithoutExtension(l[1])).ToHashSet();
            Assert.True(documents.Keys.All(checkedNames.Contains), $"Saxon did not check every document:{Environment.NewLine}{output}");
            return [.. lines.Where(l => l.Length == 4).Select(l => new RuleFailure(Path.GetFileNameWithoutExtension(l[0]), l[1] == "fatal", l[2], l[3]))];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    static async Task<string> RunSaxonAsync(string documentsUri)
    {
        var startInfo = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RulesFolder };
        foreach (var argument in new[] { "-jar", SaxonJar, "-it", "-xsl:" + Path.Combine(RulesFolder, "validate-all.xsl"), "documents=" + documentsUri })
        {
            startInfo.ArgumentList.Add(argument);
        }
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"Saxon failed (exit {process.ExitCode}): {await error}");
    }

    static async Task EnsureInstalledAsync()
    {
        await Installing.WaitAsync();
        try
        {
            if (File.Exists(SaxonJar))
            {
                return;
            }
            var (exitCode, output) = await ToolCommands.RunAsync("bash", Path.Combine(Root, "tests", "install-saxon.sh"), Root, CancellationToken.None);
            if (exitCode != 0 || !File.Exists(SaxonJar))
            {
                throw new InvalidOperationException($"tests/install-saxon.sh failed (exit {exitCode}):{Environment.NewLine}{output}");
            }
        }
        finally
        {
            Installing.Release();
        }
    }
}

/// <summary>A failed assert: its document, whether it is fatal (else a warning), the rule's ID and text.</summary>
public sealed record RuleFailure(string Document, bool Fatal, string Rule, string Text)
{
    public override string ToString() => $"{Document}: {(Fatal ? "fatal" : "warning")} {Rule} {Text}";
}
