using OrderFlow.Core.Common;
using OrderFlow.Core.OneOnOnes;
using static OrderFlow.Tests.OneOnOnes.SeriesBuilder;

namespace OrderFlow.Tests.OneOnOnes;

/// <summary>A series keeps who set it up and who skipped or cancelled last.</summary>
public class SeriesActorTests
{
    static readonly Actor Ada = Actor.Person("u-ada", "Ada Manager");
    static readonly Actor People = Actor.Key("people-app");

    [Fact]
    public void WithSkip_RecordsWhoSkipped_KeepsWhoSetItUp()
    {
        var skipped = (Series() with { CreatedBy = Ada }).WithSkip(new DateOnly(2026, 12, 15), People);

        Assert.Equal((Ada, People), (skipped.CreatedBy, skipped.UpdatedBy));
    }

    [Fact]
    public void AsCancelled_RecordsWhoCancelled()
    {
        var cancelled = Series().WithSkip(new DateOnly(2026, 12, 15), People).AsCancelled(Ada);

        Assert.Equal((true, Ada), (cancelled.Cancelled, cancelled.UpdatedBy));
    }
}
