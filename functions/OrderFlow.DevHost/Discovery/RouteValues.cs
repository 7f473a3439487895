using System.Globalization;
using System.Text.RegularExpressions;

namespace OrderFlow.DevHost.Discovery;

/// <summary>Route parameters bound to plain method parameters by name, as the Functions host binds them.</summary>
static partial class RouteValues
{
    static readonly Type[] Bindable = [typeof(string), typeof(int), typeof(long), typeof(Guid), typeof(bool)];

    public static bool IsBindable(Type type) => Bindable.Contains(type);

    public static IEnumerable<string> Names(string route) =>
        ParameterPattern().Matches(route).Select(m => m.Groups["name"].Value);

    public static object? Convert(object? value, Type type)
    {
        var text = value?.ToString();
        if (text is null)
        {
            return type == typeof(string) ? null : Activator.CreateInstance(type);
        }
        return type == typeof(Guid) ? Guid.Parse(text) : System.Convert.ChangeType(text, type, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z_][A-Za-z0-9_]*)[^}]*\}")]
    private static partial Regex ParameterPattern();
}
