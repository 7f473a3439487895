namespace OrderFlow.Core.Common;

/// <summary>A net amount taxed at one rate, in minor units: the shape of a shipping charge's part per VAT rate.</summary>
public sealed record TaxedAmount(decimal TaxRate, long NetMinor, long TaxMinor);
