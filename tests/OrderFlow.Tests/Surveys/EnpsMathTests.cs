using OrderFlow.Core.Surveys;

namespace OrderFlow.Tests.Surveys;

public class EnpsMathTests
{
    static EnpsCounts Answers(params int[] answers) => answers.Aggregate(new EnpsCounts(), (c, a) => c.Add(a));

    [Fact]
    public void Score_AllPromoters_100() => Assert.Equal(100, EnpsMath.Score(Answers(9, 10, 10, 9, 10)));

    [Fact]
    public void Score_AllDetractors_Minus100() => Assert.Equal(-100, EnpsMath.Score(Answers(0, 3, 6, 6)));

    [Fact]
    public void Score_EvenSplit_0() => Assert.Equal(0, EnpsMath.Score(Answers(10, 9, 2, 5)));

    [Fact]
    public void Score_WithPassives_PassivesCountInTheBaseOnly()
    {
        // 3 promoters, 4 passives, 1 detractor of 8: 37.5% − 12.5% = 25.
        var counts = Answers(9, 10, 9, 7, 8, 7, 8, 4);

        Assert.Equal(new EnpsCounts(3, 4, 1), counts);
        Assert.Equal(25, EnpsMath.Score(counts));
    }

    [Theory]
    [InlineData(3, 5, 0, 38)] // 3/8 = 37.5 → 38
    [InlineData(0, 5, 3, -38)] // −37.5 → −38, away from zero
    [InlineData(1, 0, 0, 100)]
    [InlineData(1, 1, 1, 0)]
    [InlineData(2, 1, 0, 67)] // 66.67 → 67
    public void Score_HalvesAndFractions_RoundHalfAwayFromZero(int promoters, int passives, int detractors, int expected) =>
        Assert.Equal(expected, EnpsMath.Score(new EnpsCounts(promoters, passives, detractors)));

    [Fact]
    public void Score_NoRespondents_0() => Assert.Equal(0, EnpsMath.Score(new EnpsCounts()));

    [Fact]
    public void MarginOfError95_MatchesAnIndependentComputation()
    {
        // 40 promoters, 35 passives, 25 detractors of 100 answers, 400 invited.
        var counts = new EnpsCounts(40, 35, 25);

        // Independently: each answer scored +100/0/−100, sample variance of those scores (population form), standard
        // error with the finite-population correction, times the 97.5% normal quantile.
        var scores = Enumerable.Repeat(100.0, 40).Concat(Enumerable.Repeat(0.0, 35)).Concat(Enumerable.Repeat(-100.0, 25)).ToList();
        var mean = scores.Average();
        var variance = scores.Sum(s => (s - mean) * (s - mean)) / scores.Count;
        var expected = 1.959963984540054 * Math.Sqrt(variance / scores.Count * (400.0 - 100) / (400 - 1));

        Assert.Equal(15, EnpsMath.Score(counts));
        Assert.Equal(Math.Round(expected, 1), EnpsMath.MarginOfError95(counts, 400), 1);
        Assert.Equal(13.5, EnpsMath.MarginOfError95(counts, 400), 1); // 13.46 by hand
    }

    [Fact]
    public void MarginOfError95_EveryoneAnswered_Zero() => Assert.Equal(0, EnpsMath.MarginOfError95(new EnpsCounts(3, 2, 5), 10));

    [Fact]
    public void ResponseRate_TwelveOfThirty_0400() => Assert.Equal(0.4, EnpsMath.ResponseRate(12, 30));

    [Fact]
    public void Add_OutOfRange_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new EnpsCounts().Add(11));
}
