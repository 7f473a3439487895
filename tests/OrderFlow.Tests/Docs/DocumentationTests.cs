using System.Text.RegularExpressions;
using OrderFlow.Tests.Infra;

namespace OrderFlow.Tests.Docs;

/// <summary>
/// The README stays a first screen and a map, its commands are the ones that work and that CI runs, every link of the
/// documentation leads somewhere, and source comments cite sections of docs/architecture.md that exist.
/// </summary>
public partial class DocumentationTests
{
    static readonly string[] TwoCommands =
    [
        "dotnet run --project functions/OrderFlow.DevHost",
        "dotnet test OrderFlow.sln",
    ];

    static MarkdownFile Readme => new(RepositoryFiles.PathOf("README.md"));

    public static TheoryData<string> Documents()
    {
        var docs = Directory.GetFiles(RepositoryFiles.PathOf("docs"), "*.md")
            .Select(path => System.IO.Path.GetRelativePath(RepositoryFiles.Root, path));
        return new TheoryData<string>(["README.md", "infra/README.md", "tests/OrderFlow.Benchmarks/README.md", .. docs]);
    }

    [Fact]
    public void Readme_LineCount_IsAtMost200() =>
        Assert.InRange(Readme.LineCount, 1, 200);

    [Fact]
    public void Readme_FirstCodeBlock_HoldsExactlyTheTwoCommands()
    {
        var commands = Readme.CodeBlocks[0]
            .Select(line => line.Split('#')[0].Trim())
            .Where(command => command.Length > 0);

        Assert.Equal(TwoCommands, commands);
    }

    [Fact]
    public void CiScript_RunsTheReadmesTestCommand() =>
        Assert.Contains(
            File.ReadAllLines(RepositoryFiles.PathOf(".ci", "run")).Select(line => line.Trim() + " "),
            line => line.StartsWith(TwoCommands[1] + " ", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_RelativeLinks_LeadToExistingFilesAndHeadings(string document)
    {
        var file = new MarkdownFile(RepositoryFiles.PathOf(document));
        var broken = file.RelativeLinks.Where(link => !Resolves(file, link)).ToList();

        Assert.Empty(broken);
    }

    [Fact]
    public void SourceComments_CitingTheArchitecture_NameSectionsOfDocsArchitecture()
    {
        var sections = SectionNumber().Matches(File.ReadAllText(RepositoryFiles.PathOf("docs", "architecture.md")))
            .Select(m => m.Groups["n"].Value).ToHashSet();
        var sources = new[] { "functions", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryFiles.PathOf(folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var wrong = sources
            .SelectMany(path => Citation().Matches(File.ReadAllText(path)).Select(m => (path, m)))
            .Where(c => !c.m.Groups["doc"].Value.Equals("docs/architecture.md", StringComparison.Ordinal) || !sections.Contains(c.m.Groups["n"].Value))
            .Select(c => $"{System.IO.Path.GetRelativePath(RepositoryFiles.Root, c.path)}: {c.m.Value}")
            .ToList();

        Assert.Empty(wrong);
    }

    static bool Resolves(MarkdownFile file, string link)
    {
        var parts = link.Split('#', 2);
        var target = parts[0].Length == 0 ? file.Path : System.IO.Path.GetFullPath(parts[0], System.IO.Path.GetDirectoryName(file.Path)!);
        if (!File.Exists(target) && !Directory.Exists(target))
        {
            return false;
        }
        return parts.Length == 1 || (target.EndsWith(".md", StringComparison.Ordinal) && new MarkdownFile(target).Anchors.Contains(parts[1]));
    }

    // A citation is any "ARCHITECTURE.md §N" whatever its folder, so a citation of the old top-level file is caught too.
    [GeneratedRegex(@"(?<doc>[\w./]*architecture\.md) §(?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex Citation();

    [GeneratedRegex(@"^## (?<n>\d+)\. ", RegexOptions.Multiline)]
    private static partial Regex SectionNumber();
}
