using OrderFlow.Core.Common;

namespace OrderFlow.Core.People;

/// <summary>PUT /employees/{id} body, and one row of an import file.</summary>
public sealed record EmployeeInput(string? Name, string? Email, string? Department, string? ManagerId, string? TimeZone, bool? Active)
{
    /// <summary>Records every problem under <paramref name="prefix"/> + field name ("rows[3].email" in an import).</summary>
    public Employee? Validate(string? id, FieldErrors errors, string prefix = "")
    {
        var before = errors.Count;
        errors.Require(EntityKey.IsValid(id), prefix + "id", "An employee ID is 1–64 letters, digits, '.', '_' or '-'.");
        errors.Require(IsRequiredLine(Name, TextField.Name), prefix + "name", $"A name of 1–{TextField.Name} characters on one line, without control characters, is required.");
        errors.Require(EmailAddress.IsValid(Email), prefix + "email", "A valid email address is required.");
        errors.Require(IsRequiredLine(Department, TextField.Department), prefix + "department", $"A department of 1–{TextField.Department} characters on one line, without control characters, is required.");
        var managerId = string.IsNullOrWhiteSpace(ManagerId) ? null : ManagerId.Trim();
        if (managerId is not null && errors.Require(EntityKey.IsValid(managerId), prefix + "managerId", "A manager ID is an employee ID."))
        {
            errors.Require(managerId != id, prefix + "managerId", "An employee cannot be their own manager.");
        }
        errors.Require(IsIanaZone(TimeZone), prefix + "timeZone", "An IANA time zone such as \"Europe/Berlin\" is required.");
        return errors.Count == before
            ? new Employee(id!, Name!.Trim(), Email!.Trim(), Department!.Trim(), managerId, TimeZone!, Active ?? true)
            : null;
    }

    /// <summary>Names and departments reach survey emails and calendar invites, where a line break would start a new header or property.</summary>
    private static bool IsRequiredLine(string? text, int maxLength) =>
        !string.IsNullOrWhiteSpace(text) && TextField.IsSingleLine(text.Trim(), maxLength);

    /// <summary>IANA IDs only: Windows IDs resolve on some systems but not others, so they are refused everywhere.</summary>
    public static bool IsIanaZone(string? id) =>
        id is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId && zone.Id == id;
}
