using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace OrderFlow.DevHost.Configuration;

/// <summary>Resolves %Setting% references in trigger attributes, as the Functions host does.</summary>
static partial class SettingExpression
{
    public static string Resolve(string expression, IConfiguration configuration) =>
        SettingPattern().Replace(expression, match =>
        {
            var name = match.Groups["name"].Value;
            return configuration[name] ?? configuration[name.Replace("__", ":", StringComparison.Ordinal)]
                ?? throw new InvalidOperationException($"The setting '{name}' referenced as %{name}% is not set.");
        });

    [GeneratedRegex("%(?<name>[^%]+)%")]
    private static partial Regex SettingPattern();
}
