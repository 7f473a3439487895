using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderFlow.Core.Common;

/// <summary>The languages customers are written to in: English (the default) and German. JSON spells them "en" and "de".</summary>
[JsonConverter(typeof(LanguageJsonConverter))]
public enum Language { En, De }

public static class Languages
{
    public const string Rule = "The language is \"en\" or \"de\".";

    public static bool TryParse(string? code, out Language language)
    {
        (language, var known) = code switch { "en" => (Language.En, true), "de" => (Language.De, true), _ => (Language.En, false) };
        return known;
    }

    /// <summary>
    /// The language of a shop's locale ("de", "de-AT", "de_DE"); null for one we do not write in, so the customer's
    /// own language applies.
    /// </summary>
    public static Language? FromLocale(string? locale)
    {
        var code = locale?.Trim().Split('-', '_')[0].ToLowerInvariant();
        return TryParse(code, out var language) ? language : null;
    }

    public static string Code(this Language language) => language == Language.De ? "de" : "en";

    /// <summary>
    /// How numbers and dates are written: English keeps the invariant culture our documents use ("1,234.50",
    /// "2 March 2026"); German writes "1.234,50" and "2. März 2026".
    /// </summary>
    public static CultureInfo Culture(this Language language) =>
        language == Language.De ? CultureInfo.GetCultureInfo("de-DE") : CultureInfo.InvariantCulture;
}

public sealed class LanguageJsonConverter : JsonConverter<Language>
{
    public override Language Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Languages.TryParse(reader.GetString(), out var language) ? language : throw new JsonException(Languages.Rule);

    public override void Write(Utf8JsonWriter writer, Language value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code());
}
