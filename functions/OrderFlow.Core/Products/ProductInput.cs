using System.Globalization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Products;

/// <summary>PUT /products/{sku} body: {"name","active","taxRate":"0.19","prices":[{"currency","amount"}]}.</summary>
public sealed record ProductInput(string? Name, bool? Active, string? TaxRate, IReadOnlyList<MoneyDto?>? Prices)
{
    public Product? Validate(string sku, FieldErrors errors)
    {
        errors.Require(Sku.TryParse(sku, out var parsedSku), "sku", Sku.Rule);
        errors.Require(!string.IsNullOrWhiteSpace(Name), "name", "A name is required.");
        TextField.Check(Name, TextField.Name, "name", errors);
        var rateOk = decimal.TryParse(TaxRate, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and < 1;
        errors.Require(rateOk, "taxRate", "The tax rate is a decimal string from \"0\" to below \"1\", such as \"0.19\".");
        var prices = new Dictionary<string, long>(StringComparer.Ordinal);
        if (errors.Require(Prices is { Count: > 0 }, "prices", "At least one price is required."))
        {
            for (var i = 0; i < Prices!.Count; i++)
            {
                ReadPrice(Prices[i], $"prices[{i}]", prices, errors);
            }
        }
        return errors.IsEmpty ? new Product(parsedSku, Name!.Trim(), Active ?? true, rate, prices) : null;
    }

    static void ReadPrice(MoneyDto? price, string field, Dictionary<string, long> prices, FieldErrors errors)
    {
        if (!Currency.TryParse(price?.Currency, out var currency))
        {
            errors.Add($"{field}.currency", "An ISO 4217 currency code such as \"EUR\" is required.");
            return;
        }
        if (!Money.TryParse(price!.Amount, currency, out var amount) || amount.IsNegative)
        {
            errors.Add($"{field}.amount", Money.RequiredMessage(currency));
            return;
        }
        errors.Require(prices.TryAdd(currency.Code, amount.Minor), $"{field}.currency", $"{currency.Code} is priced twice.");
    }
}
