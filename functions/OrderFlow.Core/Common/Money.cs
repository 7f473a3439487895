using System.Globalization;

namespace OrderFlow.Core.Common;

/// <summary>An amount in minor units (cents) of one currency. Never floating point.</summary>
public readonly record struct Money(long Minor, Currency Currency)
{
    public static Money Zero(Currency currency) => new(0, currency);

    /// <summary>"24.50" in EUR; more decimals than the currency has, signs other than a leading minus, or exponents are refused.</summary>
    public static bool TryParse(string? text, Currency currency, out Money money)
    {
        money = default;
        if (string.IsNullOrWhiteSpace(text)
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }
        var scaled = value * Pow10(currency.Exponent);
        if (scaled != decimal.Truncate(scaled) || scaled > long.MaxValue || scaled < long.MinValue)
        {
            return false;
        }
        money = new Money((long)scaled, currency);
        return true;
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
