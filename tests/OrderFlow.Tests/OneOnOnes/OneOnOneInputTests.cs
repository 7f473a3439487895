using OrderFlow.Core.Common;
using OrderFlow.Core.OneOnOnes;
using OrderFlow.Tests.Security;

namespace OrderFlow.Tests.OneOnOnes;

public class OneOnOneInputTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    static (SeriesTerms? Terms, IDictionary<string, string[]> Errors) Validate(OneOnOneInput input)
    {
        var errors = new FieldErrors();
        var terms = input.Validate(errors, Now);
        return (terms, errors.ToDictionary());
    }

    [Fact]
    public void Validate_ValidWithoutDuration_SixtyMinutesAtThatWallClockTime()
    {
        var (terms, errors) = Validate(new OneOnOneInput("m-1", "e-1", "Biweekly", null, "2026-12-01T10:00", "Europe/Berlin"));

        Assert.Empty(errors);
        Assert.Equal(new SeriesTerms(Cadence.Biweekly, 60, new DateTime(2026, 12, 1, 10, 0, 0), "Europe/Berlin"), terms);
    }

    [Fact]
    public void Validate_EveryFieldWrong_EachNamed()
    {
        var (terms, errors) = Validate(new OneOnOneInput("bad id", null, "daily", 2, "tomorrow", "CET Standard Time"));

        Assert.Null(terms);
        Assert.Equal(["cadence", "durationMinutes", "employeeId", "firstStart", "managerId", "timeZone"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2026-12-01T10:00+01:00", "offset")]
    [InlineData("2026-11-19T10:00", "in the past")]
    [InlineData("2027-03-28T02:30", "skipped by the clocks")]
    [InlineData("2027-12-01T10:00", "more than a year ahead")]
    public void Validate_FirstStartNotAFutureWallClockTime_Refused(string firstStart, string why)
    {
        var (_, errors) = Validate(new OneOnOneInput("m-1", "e-1", "weekly", 30, firstStart, "Europe/Berlin"));

        Assert.True(errors.ContainsKey("firstStart"), why);
    }

    [Fact]
    public void Validate_SamePersonTwice_EmployeeRefused()
    {
        var (_, errors) = Validate(new OneOnOneInput("m-1", "m-1", "weekly", 30, "2026-12-01T10:00", "Europe/Berlin"));

        Assert.Equal(["employeeId"], errors.Keys);
    }

    [Fact]
    public void Create_SameTerms_SameId()
    {
        var terms = new SeriesTerms(Cadence.Weekly, 30, new DateTime(2026, 12, 1, 10, 0, 0), "Europe/Berlin");
        var ada = new Participant("m-1", "Ada", "ada@example.test");
        var ben = new Participant("e-1", "Ben", "ben@example.test");

        var ids = KeyedIdsTests.Ids();

        Assert.Equal(OneOnOneSeries.Create(ada, ben, terms, ids).Id, OneOnOneSeries.Create(ada, ben, terms, ids).Id);
        Assert.NotEqual(OneOnOneSeries.Create(ada, ben, terms, ids).Id, OneOnOneSeries.Create(ada, ben, terms with { DurationMinutes = 45 }, ids).Id);
    }
}
