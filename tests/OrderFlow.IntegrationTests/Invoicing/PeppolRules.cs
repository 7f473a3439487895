using System.Xml.Linq;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>
/// The official EN 16931 (CEN) and Peppol BIS Billing 3.0 business rules, kept in tests/standards/peppol-bis-3 with
/// their notice, run by Saxon-HE (installed by tests/install-saxon.sh when missing) over many documents in one JVM:
/// starting Java and compiling the rules takes seconds, checking one more document milliseconds.
/// </summary>
static class PeppolRules
{
    const string SaxonJar = "/usr/share/java/Saxon-HE.jar";

    static string RulesFolder => Path.Combine(DebianPackages.RepositoryRoot, "tests", "standards", "peppol-bis-3");

    /// <summary>Every failed assert, fatal or warning, of every document, keyed by the document's name.</summary>
    public static async Task<IReadOnlyList<RuleFailure>> CheckAsync(IReadOnlyDictionary<string, XDocument> documents)
    {
        await DebianPackages.EnsureAsync(SaxonJar, "install-saxon.sh");
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
        var (exitCode, output, error) = await BoundedProcess.RunAsync(
            "java", ["-jar", SaxonJar, "-it", "-xsl:" + Path.Combine(RulesFolder, "validate-all.xsl"), "documents=" + documentsUri], TimeSpan.FromMinutes(3), RulesFolder);
        return exitCode == 0 ? output : throw new InvalidOperationException($"Saxon failed (exit {exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none: killed after 3 minutes"}): {error}");
    }
}

/// <summary>A failed assert: its document, whether it is fatal (else a warning), the rule's ID and text.</summary>
public sealed record RuleFailure(string Document, bool Fatal, string Rule, string Text)
{
    public override string ToString() => $"{Document}: {(Fatal ? "fatal" : "warning")} {Rule} {Text}";
}
