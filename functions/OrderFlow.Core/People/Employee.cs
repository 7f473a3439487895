using OrderFlow.Core.Common;

namespace OrderFlow.Core.People;

/// <summary>One person in the directory. <see cref="TimeZone"/> is an IANA ID ("Europe/Berlin"): surveys go out at local time.</summary>
public sealed record Employee(string Id, string Name, string Email, string Department, string? ManagerId, string TimeZone, bool Active)
{
    /// <summary>Who last saved or imported the employee; none for employees saved before that was kept.</summary>
    public Actor? UpdatedBy { get; init; }

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
