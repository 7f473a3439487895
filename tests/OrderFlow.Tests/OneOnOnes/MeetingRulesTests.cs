using OrderFlow.Core.Common;
using OrderFlow.Core.OneOnOnes;

namespace OrderFlow.Tests.OneOnOnes;

public class MeetingRulesTests
{
    static readonly DateOnly First = new(2026, 12, 1);
    static readonly DateOnly Second = new(2026, 12, 8);
    static readonly DateOnly Third = new(2026, 12, 15);

    [Fact]
    public void ShowsAt_OpenItem_CarriesOverToEveryLaterMeeting()
    {
        var open = new AgendaItem("a", "Goals", ParticipantRole.Employee, First, DoneFor: null, Position: 0);

        Assert.True(open.ShowsAt(First) && open.ShowsAt(Second) && open.ShowsAt(Third));
        Assert.False(open.ShowsAt(First.AddDays(-7)));
    }

    [Fact]
    public void ShowsAt_DoneItem_StaysOnItsMeetingAndEarlierOnesOnly()
    {
        var done = new AgendaItem("a", "Goals", ParticipantRole.Manager, First, DoneFor: Second, Position: 0);

        Assert.True(done.ShowsAt(First) && done.ShowsAt(Second));
        Assert.False(done.ShowsAt(Third));
    }

    [Fact]
    public void FromIds_RoundTrip_SameAccess()
    {
        var access = new MeetingAccess("oo-1", Second, ParticipantRole.Employee);

        Assert.Equal(access, MeetingAccess.FromIds(access.ToIds()));
    }

    [Theory]
    [InlineData("oo-1", "2026-12-08", "0")]
    [InlineData("oo-1", "2026-12-08", "admin")]
    [InlineData("oo-1", "8.12.2026", "manager")]
    public void FromIds_NotAMeetingAccess_Null(string series, string date, string role) =>
        Assert.Null(MeetingAccess.FromIds([series, date, role]));

    [Fact]
    public void Validate_Changes_EveryProblemNamed()
    {
        var shown = new[] { new AgendaItem("a", "Goals", ParticipantRole.Manager, First, null, 0) };
        var changes = new MeetingChanges(["", new string('x', 501), " Fine "], new Dictionary<string, bool> { ["a"] = true, ["zzz"] = true }, new string('n', 10_001));
        var errors = new FieldErrors();

        var add = changes.Validate(shown, errors);

        Assert.Equal(["add[0]", "add[1]", "done.zzz", "notes"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Fine", add[2]);
    }

    [Theory]
    [InlineData(Cadence.Weekly, "2026-12-01T10:00", "every week on Tuesday at 10:00 (Europe/Berlin), 45 minutes")]
    [InlineData(Cadence.Biweekly, "2026-12-04T16:30", "every other week on Friday at 16:30 (Europe/Berlin), 45 minutes")]
    [InlineData(Cadence.Monthly, "2026-12-29T09:00", "on the last Tuesday of every month at 09:00 (Europe/Berlin), 45 minutes")]
    public void Rhythm_EachCadence_SaysWhenInWords(Cadence cadence, string firstStart, string expected) =>
        Assert.Equal(expected, SeriesWording.Rhythm(SeriesBuilder.Series(cadence, firstStart)));
}
