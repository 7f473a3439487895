using System.Text.Json;

namespace OrderFlow.DevHost.Configuration;

/// <summary>
/// Loads host.json as configuration under "AzureFunctionsJobHost", the prefix the Functions host uses, so
/// app settings such as AzureFunctionsJobHost__extensions__durableTask__hubName override it the same way.
/// </summary>
static class HostJson
{
    public const string Section = "AzureFunctionsJobHost";

    public static Dictionary<string, string?> Load(string path)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (File.Exists(path))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            Flatten(document.RootElement, Section, values);
        }
        return values;
    }

    static void Flatten(JsonElement element, string prefix, Dictionary<string, string?> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, $"{prefix}:{property.Name}", values);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Flatten(item, $"{prefix}:{index++}", values);
                }
                break;
            default:
                values[prefix] = element.ValueKind == JsonValueKind.Null ? null : element.ToString();
                break;
        }
    }
}
