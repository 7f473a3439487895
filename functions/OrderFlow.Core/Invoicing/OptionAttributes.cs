using System.ComponentModel.DataAnnotations;

namespace OrderFlow.Core.Invoicing;

/// <summary>Marks an options property that must hold a valid IBAN.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ValidIbanAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is null || Iban.IsValid(value as string);
}

/// <summary>Marks an options property that must hold a scheme from the Peppol EAS code list.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ElectronicAddressSchemeAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is null || ElectronicAddress.IsKnownScheme(value as string);
}
