using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders.StaffAlerts;

/// <summary>
/// Section "OrderFlow:Approvals": who is emailed when an order goes on hold (the app cannot list an Entra role's members
/// without Graph, so the addresses are a setting). The hold's amounts, timeout and reminder are <see cref="ApprovalOptions"/>.
/// </summary>
public sealed class ApproverOptions
{
    public const string Section = "OrderFlow:Approvals";

    /// <summary>Addresses separated by commas, e.g. "oliver@example.com, ethan@example.com"; empty: nobody is emailed.</summary>
    public string? Notify { get; set; }

    /// <summary>The addresses of <see cref="Notify"/> (a method, so that no setting is read by its name).</summary>
    public IReadOnlyList<string> Addresses() => AddressList.Parse(Notify);

    public bool IsValid => AddressList.IsValid(Notify);

    public const string Rule = $"{Section}:Notify is a comma-separated list of email addresses.";
}

/// <summary>Section "OrderFlow:Operations": who is emailed about orders that need a person (rejected, backordered, failed, flagged).</summary>
public sealed class OperationsOptions
{
    public const string Section = "OrderFlow:Operations";

    /// <summary>Addresses separated by commas; at least one, or an order needing a person would go unnoticed.</summary>
    public string? Notify { get; set; }

    /// <summary>The addresses of <see cref="Notify"/> (a method, so that no setting is read by its name).</summary>
    public IReadOnlyList<string> Addresses() => AddressList.Parse(Notify);

    public bool IsValid => AddressList.IsValid(Notify) && Addresses().Count > 0;

    public const string Rule = $"{Section}:Notify is a comma-separated list of at least one email address.";
}

/// <summary>A setting that lists email addresses, separated by commas, in one string (one app setting in Azure).</summary>
public static class AddressList
{
    public static IReadOnlyList<string> Parse(string? setting) =>
        (setting ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static bool IsValid(string? setting) => Parse(setting).All(EmailAddress.IsValid);
}
