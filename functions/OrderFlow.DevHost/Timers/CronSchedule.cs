using NCrontab;

namespace OrderFlow.DevHost.Timers;

/// <summary>A six-field NCRONTAB expression ("sec min hour day month weekday"), evaluated in UTC like the Functions host.</summary>
sealed class CronSchedule
{
    readonly CrontabSchedule schedule;

    CronSchedule(CrontabSchedule schedule, string expression)
    {
        this.schedule = schedule;
        Expression = expression;
    }

    public string Expression { get; }

    public static CronSchedule Parse(string expression)
    {
        if (expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 6)
        {
            throw new FormatException($"'{expression}' is not a six-field NCRONTAB expression (sec min hour day month weekday).");
        }
        var parsed = CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
            ?? throw new FormatException($"'{expression}' is not a valid NCRONTAB expression.");
        return new CronSchedule(parsed, expression);
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset after)
    {
        var next = schedule.GetNextOccurrence(after.UtcDateTime);
        return new DateTimeOffset(DateTime.SpecifyKind(next, DateTimeKind.Utc));
    }
}
