using System.Text.RegularExpressions;

namespace OrderFlow.Core.Storage;

/// <summary>
/// Names of OrderFlow's tables, queues and blob containers, with an optional prefix (setting
/// "OrderFlow:Storage:Prefix", letters and digits) so several environments or test runs can share one account.
/// </summary>
public sealed partial class StorageNames
{
    public const string PrefixSetting = "OrderFlow:Storage:Prefix";
    readonly string prefix;

    public StorageNames(string? prefix)
    {
        this.prefix = prefix ?? "";
        if (!PrefixPattern().IsMatch(this.prefix))
        {
            throw new ArgumentException($"{PrefixSetting} must be at most 20 letters and digits, starting with a letter.", nameof(prefix));
        }
    }

    /// <summary>Table names are case-insensitive letters and digits.</summary>
    public string Table(string name) => prefix + name;

    /// <summary>Queue and container names are lower case, with dashes.</summary>
    public string Queue(string name) => prefix.Length == 0 ? name : $"{prefix.ToLowerInvariant()}-{name}";

    public string Container(string name) => Queue(name);

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9]{0,19})?\\z")]
    private static partial Regex PrefixPattern();
}
