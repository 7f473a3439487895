using System.Text.RegularExpressions;

namespace OrderFlow.Tests.Docs;

/// <summary>
/// A markdown file as the documentation tests read it: its lines, its code blocks, the relative links of its text and
/// its headings as GitHub anchors. Text inside code is never a link, so code spans and fenced blocks are left out.
/// </summary>
sealed partial class MarkdownFile(string path)
{
    readonly string[] lines = File.ReadAllLines(path);

    public string Path { get; } = path;

    public int LineCount => lines.Length;

    public IReadOnlyList<IReadOnlyList<string>> CodeBlocks => Split().Code;

    /// <summary>Link targets that name a file or heading of the repository (no scheme).</summary>
    public IEnumerable<string> RelativeLinks =>
        Split().Text
            .Select(line => CodeSpan().Replace(line, ""))
            .SelectMany(line => LinkTarget().Matches(line).Select(m => m.Groups["target"].Value))
            .Where(target => !target.Contains(':', StringComparison.Ordinal));

    /// <summary>GitHub's anchors: lower case, punctuation dropped, spaces as dashes, "-1" on a repeated heading.</summary>
    public IReadOnlySet<string> Anchors
    {
        get
        {
            var anchors = new HashSet<string>(StringComparer.Ordinal);
            foreach (var heading in Split().Text.Where(line => line.StartsWith('#')))
            {
                var slug = Slug(heading.TrimStart('#').Trim());
                var anchor = slug;
                for (var n = 1; !anchors.Add(anchor); n++)
                {
                    anchor = $"{slug}-{n}";
                }
            }
            return anchors;
        }
    }

    static string Slug(string heading) =>
        string.Concat(heading.ToLowerInvariant()
            .Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ')
            .Select(c => c == ' ' ? '-' : c));

    (List<string> Text, List<IReadOnlyList<string>> Code) Split()
    {
        var text = new List<string>();
        var code = new List<IReadOnlyList<string>>();
        List<string>? block = null;
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                if (block is null)
                {
                    block = [];
                }
                else
                {
                    code.Add(block);
                    block = null;
                }
            }
            else if (block is null)
            {
                text.Add(line);
            }
            else
            {
                block.Add(line);
            }
        }
        return (text, code);
    }

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex LinkTarget();
}
