using FsCheck;
using FsCheck.Fluent;

namespace OrderFlow.Tests.GeneratedInputs;

/// <summary>
/// Text no one would type: mostly printable ASCII, with non-ASCII letters, emoji (surrogate pairs), control
/// characters, lone surrogates and the non-characters U+FFFE/U+FFFF mixed in, at any length up to the size.
/// </summary>
public static class AnyText
{
    static readonly Gen<char> Char = Gen.Frequency(
        (8, Gen.Choose(0x20, 0x7E).Select(i => (char)i)),
        (3, Gen.Elements("äöüßéñçøÅ€–…中文日本語한국어ÆΩЖ".ToCharArray())),
        (1, Gen.Choose(0, 0x1F).Select(i => (char)i)),
        (1, Gen.Elements('\u007F', '\u0085', '\u2028', '\uD83D', '\uDE00', '\uFFFE', '\uFFFF', '\u00A0')));

    static readonly Gen<string> Emoji = Gen.Elements("😀", "👩‍💻", "🇩🇪", "𝄞");

    /// <summary>Any string, short or long.</summary>
    public static readonly Gen<string> Text = Gen.Sized(size => Gen.Choose(0, Math.Max(size, 1)))
        .SelectMany(length => Gen.ArrayOf(Gen.Frequency((12, Char.Select(c => c.ToString())), (1, Emoji)), length))
        .Select(parts => string.Concat(parts));

    /// <summary>Now and then a text far longer than any field allows.</summary>
    public static readonly Gen<string> TextOrLong = Gen.Frequency(
        (9, Text),
        (1, Gen.Choose(150, 600).Select(n => new string('x', n) + "ü")));

    /// <summary>A value from <paramref name="plausible"/> most of the time, otherwise any text.</summary>
    public static Gen<string> Mostly(params string[] plausible) => Gen.Frequency((3, Gen.Elements(plausible)), (1, TextOrLong));
}
