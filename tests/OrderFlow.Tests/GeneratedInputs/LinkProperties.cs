using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Security;
using OrderFlow.Tests.Orders.Channels;

namespace OrderFlow.Tests.GeneratedInputs;

/// <summary>Signed links: the issued token verifies with its claims; no changed character and no other text does.</summary>
public static class LinkProperties
{
    static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);
    static readonly SignedLinks Links = new(
        Options.Create(new LinkOptions { SigningKey = "k3y-of-at-least-thirty-two-characters!", PublicBaseUrl = "https://orderflow.example/" }), new FixedTimeProvider(Now));

    const string KeyCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";

    static readonly Gen<string> Key = Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(Gen.Elements(KeyCharacters.ToCharArray()), n)).Select(c => new string(c));

    static readonly Gen<LinkClaims> Claims = Gen.Zip(Gen.Elements("survey", "one-on-one"), Gen.Zip(Gen.Choose(1, 4).SelectMany(n => Gen.ListOf(Key, n)), Gen.Choose(-3_000_000, 3_000_000)))
        .Select(c => new LinkClaims(c.Item1, [.. c.Item2.Item1], Now.AddSeconds(c.Item2.Item2)));

    static readonly Gen<char> Replacements = Gen.Elements((KeyCharacters + "=+/ é%").ToCharArray());

    // Now and then the last character, whose low bits base64 leaves unused (-1 counts from the end).
    static readonly Gen<int> Positions = Gen.Frequency((4, Gen.Choose(0, 5000)), (1, Gen.Constant(-1)));

    public static Property IssuedTokens() => Prop.ForAll(Gen.Zip(Claims, Gen.Zip(Positions, Replacements)).ToArbitrary(), input =>
    {
        var (claims, (position, replacement)) = input;
        var token = Links.Issue(claims);
        var check = Links.Verify(token, claims.Purpose);
        Expect.That(check.Status == (claims.ExpiresAt > Now ? LinkStatus.Valid : LinkStatus.Expired) && check.Claims!.Ids.SequenceEqual(claims.Ids),
            $"{token} verifies with its claims");
        var i = position < 0 ? token.Length - 1 : position % token.Length;
        var changed = string.Concat(token.AsSpan(0, i), (token[i] == replacement ? 'A' == replacement ? 'B' : 'A' : replacement).ToString(), token.AsSpan(i + 1));
        Expect.That(Links.Verify(changed, claims.Purpose).Status == LinkStatus.Invalid, $"{changed} ({i}th character of {token} changed) is refused");
        Expect.That(Links.Verify(token, claims.Purpose + "x").Status == LinkStatus.Invalid, "a token for another purpose is refused");
    });

    public static Property AnyText() => Prop.ForAll(GeneratedInputs.AnyText.TextOrLong.ToArbitrary(), text =>
        Expect.That(Links.Verify(text, "survey").Status == LinkStatus.Invalid, $"\"{text}\" is refused"));
}
