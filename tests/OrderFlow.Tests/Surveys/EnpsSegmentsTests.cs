using OrderFlow.Core.Surveys;

namespace OrderFlow.Tests.Surveys;

public class EnpsSegmentsTests
{
    static readonly SurveyRound Round = new("s-1", "s-1.2026-11", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 30, true, false, false, false);

    static EnpsGroup Group(string? department, int promoters, int passives, int detractors, int invited) =>
        new(department, new EnpsCounts(promoters, passives, detractors), invited);

    [Fact]
    public void Points_GroupUnderThreshold_SuppressedWithNoCounts()
    {
        var points = EnpsSegments.Points(Round, 5, Group(null, 6, 2, 2, 20), [Group("A", 5, 1, 1, 10), Group("B", 1, 1, 0, 5), Group("C", 0, 0, 1, 5)]);

        var b = points.Single(p => p.Department == "B");
        Assert.True(b.Suppressed);
        Assert.Equal((int?[])[null, null, null, null, null], [b.Respondents, b.Promoters, b.Passives, b.Detractors, b.Score]);
        Assert.Null(b.MarginOfError95);
        Assert.Null(b.ResponseRate);
        Assert.Equal(40, points.Single(p => p.Department is null).Score);
    }

    [Fact]
    public void Points_HiddenDepartmentsTogetherUnderThreshold_SmallestShownHiddenUntilTheyReachIt()
    {
        // B and C hold 3 answers together: overall minus A would give those 3 away, so A is hidden too.
        var points = EnpsSegments.Points(Round, 5, Group(null, 6, 2, 2, 20), [Group("A", 5, 1, 1, 10), Group("B", 1, 1, 0, 5), Group("C", 0, 0, 1, 5)]);

        Assert.All(points.Where(p => p.Department is not null), p => Assert.True(p.Suppressed));
        Assert.False(points[0].Suppressed);
    }

    [Fact]
    public void Points_EmptyDepartmentsBesideOneAnswer_DoNotCountAsHidingIt()
    {
        // Eng 5, Sales 0, Ops 0, People 1: overall minus Eng is People's one answer unless Eng is hidden too.
        var points = EnpsSegments.Points(Round, 5, Group(null, 4, 1, 1, 40), [Group("Eng", 4, 1, 0, 10), Group("Sales", 0, 0, 0, 10), Group("Ops", 0, 0, 0, 10), Group("People", 0, 0, 1, 10)]);

        Assert.All(points.Where(p => p.Department is not null), p => Assert.True(p.Suppressed));
        Assert.Equal(6, points[0].Respondents);
    }

    [Fact]
    public void Points_HiddenDepartmentsTogetherAtThreshold_OthersShown()
    {
        var points = EnpsSegments.Points(Round, 5, Group(null, 10, 3, 3, 30), [Group("A", 8, 1, 1, 10), Group("B", 1, 1, 1, 10), Group("C", 1, 1, 1, 10)]);

        Assert.Equal(["A:False", "B:True", "C:True"], points.Where(p => p.Department is not null).Select(p => $"{p.Department}:{p.Suppressed}"));
    }

    [Fact]
    public void Points_OnlyOneDepartmentUnderThreshold_NextSmallestSuppressedToo()
    {
        // Overall minus A minus B would otherwise give C's answers exactly.
        var points = EnpsSegments.Points(Round, 3, Group(null, 8, 3, 2, 20), [Group("A", 4, 2, 1, 8), Group("B", 3, 1, 0, 6), Group("C", 1, 0, 1, 6)]);

        Assert.Equal(["A:False", "B:True", "C:True"], points.Where(p => p.Department is not null).Select(p => $"{p.Department}:{p.Suppressed}"));
        Assert.False(points[0].Suppressed);
    }

    [Fact]
    public void Points_OverallUnderThreshold_EverythingSuppressed()
    {
        var points = EnpsSegments.Points(Round, 5, Group(null, 2, 1, 1, 9), [Group("A", 2, 1, 1, 9)]);

        Assert.All(points, p => Assert.True(p.Suppressed));
    }
}
