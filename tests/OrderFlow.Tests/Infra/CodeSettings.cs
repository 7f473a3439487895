using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;

namespace OrderFlow.Tests.Infra;

/// <summary>
/// Every setting the app's code reads, found in the code rather than listed by hand: options types bound to a
/// section (each property, nested with ':'), <c>%Name%</c> in trigger attributes, string constants named
/// <c>*Setting</c>, and literal keys read straight from configuration or the environment. A read whose key it cannot
/// name is reported as a problem, so no setting slips past. (Sections read as Type.Section are the options bindings.)
/// </summary>
static partial class CodeSettings
{
    public static SettingsFound Discover(IReadOnlyCollection<Type> types, IReadOnlyCollection<SourceFile> sources)
    {
        var found = new SettingsFound();
        foreach (var source in sources)
        {
            ReadOptionsBindings(source, types, found);
            ReadDirectReads(source, found);
        }
        foreach (var type in types)
        {
            ReadSettingConstants(type, found);
            ReadTriggerExpressions(type, found);
        }
        return found;
    }

    static void ReadOptionsBindings(SourceFile source, IReadOnlyCollection<Type> types, SettingsFound found)
    {
        foreach (Match match in OptionsBinding().Matches(source.Text))
        {
            var type = types.FirstOrDefault(t => t.Name == match.Groups["type"].Value);
            var section = Resolve(match.Groups["section"].Value, types);
            if (type is null || section is null)
            {
                found.Problem($"{source.Name}: cannot resolve the options binding '{match.Value}'.");
                continue;
            }
            foreach (var leaf in Leaves(type, section))
            {
                found.Add(leaf);
            }
        }
    }

    static void ReadDirectReads(SourceFile source, SettingsFound found)
    {
        foreach (Match match in DirectRead().Matches(source.Text))
        {
            var key = match.Groups["key"].Value.Trim();
            if (key.StartsWith('"') && key.EndsWith('"'))
            {
                found.Add(key[1..^1]);
            }
            else if (!key.EndsWith("Setting", StringComparison.Ordinal) && !key.EndsWith(".Section", StringComparison.Ordinal))
            {
                found.Problem($"{source.Name}: '{match.Value}' reads a setting this test cannot name; use a literal or a const named *Setting.");
            }
        }
    }

    static void ReadSettingConstants(Type type, SettingsFound found)
    {
        var constants = type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.EndsWith("Setting", StringComparison.Ordinal));
        foreach (var constant in constants)
        {
            found.Add((string)constant.GetRawConstantValue()!);
        }
    }

    static void ReadTriggerExpressions(Type type, SettingsFound found)
    {
        var attributes = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null)
            .SelectMany(m => m.GetParameters())
            .SelectMany(p => p.GetCustomAttributes());
        foreach (var attribute in attributes)
        {
            var values = attribute.GetType().GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => p.GetValue(attribute) as string);
            foreach (Match match in values.SelectMany(v => SettingExpression().Matches(v ?? "")))
            {
                found.Add(match.Groups[1].Value);
            }
        }
    }

    /// <summary>
    /// The keys the configuration binder reads for an options type: settable scalars are leaves, collections are maps,
    /// nested objects are walked. A property with a "{Name}Setting" constant beside it is fed from that setting instead.
    /// </summary>
    static IEnumerable<string> Leaves(Type type, string prefix) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && type.GetField(p.Name + "Setting", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static) is null)
            .Where(p => p.SetMethod?.IsPublic == true || !IsLeaf(p.PropertyType) || IsCollection(p.PropertyType))
            .SelectMany(p => IsLeaf(p.PropertyType) ? [$"{prefix}:{p.Name}"] : Leaves(p.PropertyType, $"{prefix}:{p.Name}"));

    static bool IsCollection(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    static bool IsLeaf(Type type)
    {
        var bare = Nullable.GetUnderlyingType(type) ?? type;
        return bare.IsPrimitive || bare.IsEnum || bare == typeof(string) || bare == typeof(decimal) || bare == typeof(TimeSpan)
            || bare == typeof(DateTimeOffset) || bare == typeof(Uri) || IsCollection(bare);
    }

    /// <summary>A string literal, or Type.Constant naming one.</summary>
    static string? Resolve(string expression, IReadOnlyCollection<Type> types)
    {
        expression = expression.Trim();
        if (expression.StartsWith('"'))
        {
            return expression.Trim('"');
        }
        var parts = expression.Split('.');
        var field = types.FirstOrDefault(t => t.Name == parts[^2])?.GetField(parts[^1], BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
        return field?.GetRawConstantValue() as string;
    }

    [GeneratedRegex(@"(?:AddOptions<(?<type>\w+)>\(\)\s*\.BindConfiguration|Configure<(?<type>\w+)>\(\s*\w+\.GetSection)\((?<section>[^()]+)\)")]
    private static partial Regex OptionsBinding();

    [GeneratedRegex(@"(?:\b\w*[Cc]onfig\w*\[(?<key>[^\]]+)\]|\.(?:GetValue<[^>]+>|GetSection)\((?<key>[^(),]+)[,)]|GetEnvironmentVariable\((?<key>[^()]+)\))")]
    private static partial Regex DirectRead();

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex SettingExpression();
}

sealed record SourceFile(string Name, string Text);

sealed class SettingsFound
{
    readonly SortedSet<string> names = new(StringComparer.OrdinalIgnoreCase);
    readonly List<string> problems = [];

    public IReadOnlySet<string> Names => names;

    public IReadOnlyList<string> Problems => problems;

    public void Add(string name) => names.Add(name);

    public void Problem(string text) => problems.Add(text);
}
