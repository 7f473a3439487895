using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using OrderFlow.Core.Common;

namespace OrderFlow.Tests.GeneratedInputs;

/// <summary><see cref="Money"/>: text in, amounts out, and sums that add up.</summary>
public static class MoneyProperties
{
    static readonly Gen<Currency> Currencies = Gen.Elements("EUR", "JPY", "KWD", "USD").Select(Currency.Parse);

    static readonly Gen<long> Minor = Gen.OneOf(
        Gen.Choose(-100_000, 100_000).Select(i => (long)i),
        Gen.Choose(0, 1_000_000).Select(i => i * 10_000L),
        Gen.Elements(Money.MaxMinor, -Money.MaxMinor, 0L, 1L, -1L));

    static readonly Gen<Money> Amounts = Gen.Zip(Minor, Currencies).Select(m => new Money(m.Item1, m.Item2));

    /// <summary>Amount-like text: digits with too many decimals, signs, exponents, spaces, other digits, or anything.</summary>
    static readonly Gen<string> AmountText = Gen.OneOf(
        AnyJson.Number,
        Gen.Zip(Gen.Choose(0, 99999), Gen.Choose(0, 40)).Select(p => p.Item1.ToString(CultureInfo.InvariantCulture) + "." + new string('0', p.Item2) + "1"),
        Gen.Elements(" 1.00", "1.00 ", "+1.00", "1,00", "1.", ".5", "-", ".", "١٢", "1_000", "0x10", "NaN", "∞", "1.0.0", "--1", "(1.00)"),
        AnyText.Text);

    /// <summary>Every amount within range is written as text that parses back to itself.</summary>
    public static Property FormatParseRoundTrip() => Prop.ForAll(Amounts.ToArbitrary(), money =>
        Expect.That(Money.TryParse(money.ToDecimalString(), money.Currency, out var back) && back == money, $"{money} reads back from \"{money.ToDecimalString()}\""));

    /// <summary>
    /// Any text is refused or read exactly: an accepted text has no non-zero digit past the currency's exponent, and
    /// its amount written out reads back the same.
    /// </summary>
    public static Property ParseAnyText() => Prop.ForAll(Gen.Zip(AmountText, Currencies).ToArbitrary(), input =>
    {
        var (text, currency) = input;
        if (!Money.TryParse(text, currency, out var money))
        {
            return;
        }
        var decimals = text.Contains('.', StringComparison.Ordinal) ? text[(text.IndexOf('.', StringComparison.Ordinal) + 1)..] : "";
        Expect.That(decimals.Skip(currency.Exponent).All(d => d == '0'), $"\"{text}\" has more than {currency.Exponent} decimals yet was read as {money}");
        Expect.That(Math.Abs(money.Minor) <= Money.MaxMinor, $"\"{text}\" is beyond the largest amount yet was read as {money}");
        Expect.That(Money.TryParse(money.ToDecimalString(), currency, out var back) && back == money, $"{money} reads back");
    });

    /// <summary>Sums and differences in range are exact and undo each other; a quantity is repeated addition.</summary>
    public static Property Arithmetic() => Prop.ForAll(Gen.Zip(Amounts, Gen.Zip(Minor, Gen.Choose(0, 100))).ToArbitrary(), input =>
    {
        var (a, (otherMinor, quantity)) = input;
        var b = new Money(otherMinor, a.Currency);
        Expect.That(a + b == b + a && a + b - b == a && a - a == Money.Zero(a.Currency), $"{a} and {b} add and subtract exactly");
        var repeated = Enumerable.Repeat(a, quantity).Aggregate(Money.Zero(a.Currency), (sum, next) => sum + next);
        Expect.That(a * quantity == repeated, $"{a} × {quantity} is {quantity} additions");
        Expect.That(a.ApplyRate(0m) == Money.Zero(a.Currency) && a.ApplyRate(1m) == a, $"{a} at rates 0 and 1");
    });
}
