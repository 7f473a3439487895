using System.Globalization;
using OrderFlow.Core.Common;
using OrderFlow.Core.People;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>POST /one-on-ones body. <see cref="FirstStart"/> is a wall-clock time ("2026-12-01T10:00") in <see cref="TimeZone"/>.</summary>
public sealed record OneOnOneInput(string? ManagerId, string? EmployeeId, string? Cadence, int? DurationMinutes, string? FirstStart, string? TimeZone)
{
    public const int DefaultDurationMinutes = 60;
    static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    /// <summary>Checks every field that needs no lookup; the participants are checked against the directory apart.</summary>
    public SeriesTerms? Validate(FieldErrors errors, DateTimeOffset now)
    {
        var before = errors.Count;
        errors.Require(EntityKey.IsValid(ManagerId), "managerId", "A manager's employee ID is required.");
        if (errors.Require(EntityKey.IsValid(EmployeeId), "employeeId", "An employee ID is required."))
        {
            errors.Require(EmployeeId != ManagerId, "employeeId", "The employee must be someone other than the manager.");
        }
        var cadence = Cadences.Parse(Cadence);
        errors.Require(cadence is not null, "cadence", $"The cadence is {Cadences.Allowed}.");
        var duration = DurationMinutes ?? DefaultDurationMinutes;
        errors.Require(duration is >= 5 and <= 480, "durationMinutes", "A meeting lasts 5 to 480 minutes (default 60).");
        var zoneKnown = errors.Require(EmployeeInput.IsIanaZone(TimeZone) && SeriesEvent.KnowsZone(TimeZone!), "timeZone", "An IANA time zone such as \"Europe/Berlin\" is required.");
        var start = ParseStart(errors);
        if (start is { } local && zoneKnown)
        {
            CheckStart(local, TimeZoneInfo.FindSystemTimeZoneById(TimeZone!), now, errors);
        }
        return errors.Count == before ? new SeriesTerms(cadence!.Value, duration, start!.Value, TimeZone!) : null;
    }

    DateTime? ParseStart(FieldErrors errors)
    {
        var parsed = DateTime.TryParseExact(FirstStart, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local);
        errors.Require(parsed, "firstStart", "The first meeting's local date and time is required, without an offset: \"2026-12-01T10:00\".");
        return parsed ? local : null;
    }

    static void CheckStart(DateTime local, TimeZoneInfo zone, DateTimeOffset now, FieldErrors errors)
    {
        if (!errors.Require(!zone.IsInvalidTime(local), "firstStart", "That time does not exist in this time zone (the clocks skip it)."))
        {
            return;
        }
        var start = TimeZoneInfo.ConvertTimeToUtc(local, zone);
        // Within a year: the invitation's VTIMEZONE carries the zone's current rules, which a later start may outlive.
        errors.Require(start > now.UtcDateTime && start <= now.UtcDateTime.AddYears(1), "firstStart", "The first meeting must be in the future, within a year.");
    }
}

/// <summary>The validated when and how often of a new series.</summary>
public sealed record SeriesTerms(Cadence Cadence, int DurationMinutes, DateTime FirstStart, string TimeZone);
