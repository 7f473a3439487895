using System.Globalization;
using System.Text.Json.Serialization;

namespace OrderFlow.Core.Common;

/// <summary>An amount in minor units (cents) of one currency. Never floating point.</summary>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly record struct Money(long Minor, Currency Currency)
{
    /// <summary>
    /// The largest amount accepted, in minor units (100,000,000.00 in EUR). An order of the most lines and units at
    /// this price, with tax, still fits a long, so totals never overflow.
    /// </summary>
    public const long MaxMinor = 10_000_000_000;

    public static Money Zero(Currency currency) => new(0, currency);

    /// <summary>
    /// "24.50" in EUR, up to <see cref="MaxMinor"/> either way; more decimals than the currency has, signs other than
    /// a leading minus, or exponents are refused.
    /// </summary>
    public static bool TryParse(string? text, Currency currency, out Money money)
    {
        money = default;
        if (string.IsNullOrWhiteSpace(text)
            || !HasAtMostDecimals(text, currency.Exponent)
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            || Math.Abs(value) > MaxMinor / Pow10(currency.Exponent))
        {
            return false;
        }
        money = new Money((long)(value * Pow10(currency.Exponent)), currency);
        return true;
    }

    /// <summary>
    /// Counted in the text, not the parsed value: decimal keeps 28 significant digits and rounds the rest away, so
    /// "1.00000000000000000000000000001" would otherwise read as 1.00.
    /// </summary>
    static bool HasAtMostDecimals(string text, int exponent)
    {
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 || text.AsSpan(point + 1).TrimEnd('0').Length <= exponent;
    }

    public static Money operator +(Money left, Money right) => new(checked(left.Minor + SameCurrency(left, right).Minor), left.Currency);

    public static Money operator -(Money left, Money right) => new(checked(left.Minor - SameCurrency(left, right).Minor), left.Currency);

    public static Money operator *(Money money, int quantity) => new(checked(money.Minor * quantity), money.Currency);

    /// <summary>Tax or any rate applied to this amount, rounded half away from zero to the minor unit.</summary>
    public Money ApplyRate(decimal rate) => new((long)Math.Round(Minor * rate, MidpointRounding.AwayFromZero), Currency);

    public bool IsNegative => Minor < 0;

    /// <summary>The decimal string JSON carries: "24.50", "1000" for JPY.</summary>
    public string ToDecimalString() =>
        (Minor / Pow10(Currency.Exponent)).ToString("F" + Currency.Exponent.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public override string ToString() => $"{ToDecimalString()} {Currency.Code}";

    /// <summary>For people to read, as documents and emails show it: "1,234.50 EUR", "12,000 JPY".</summary>
    public string ToDisplayString() => ToDisplayStringIn(CultureInfo.InvariantCulture);

    /// <summary>For people to read in a language: "1.234,50 EUR" in German.</summary>
    public string ToDisplayStringIn(IFormatProvider format) => $"{Grouped(format)} {Currency.Code}";

    /// <summary>
    /// The amount with thousands grouped and the currency's decimals, for a column whose currency is stated once:
    /// "1,234.50", "1.234,50" in German.
    /// </summary>
    public string ToGroupedStringIn(IFormatProvider format) => Grouped(format);

    string Grouped(IFormatProvider format) =>
        (Minor / Pow10(Currency.Exponent)).ToString("N" + Currency.Exponent.ToString(CultureInfo.InvariantCulture), format);

    /// <summary>The error message for an amount field that is missing or out of range.</summary>
    public static string RequiredMessage(Currency currency) =>
        $"A non-negative decimal string with at most {currency.Exponent} decimals, up to {new Money(MaxMinor, currency).ToDecimalString()}, is required.";

    static Money SameCurrency(Money left, Money right) => left.Currency == right.Currency
        ? right
        : throw new InvalidOperationException($"Cannot combine {left.Currency} with {right.Currency}.");

    static decimal Pow10(int exponent) => exponent switch { 0 => 1m, 2 => 100m, 3 => 1000m, _ => (decimal)Math.Pow(10, exponent) };
}

/// <summary>The JSON shape of a money amount: {"currency":"EUR","amount":"24.50"}.</summary>
public sealed record MoneyDto(string Currency, string Amount)
{
    public static MoneyDto From(Money money) => new(money.Currency.Code, money.ToDecimalString());
}
