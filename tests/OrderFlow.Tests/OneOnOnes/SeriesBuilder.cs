using OrderFlow.Core.OneOnOnes;

namespace OrderFlow.Tests.OneOnOnes;

/// <summary>A series to test with: Ada manages Ben, weekly on Tuesdays at 10:00 Berlin time from 1 December 2026.</summary>
static class SeriesBuilder
{
    public static OneOnOneSeries Series(
        Cadence cadence = Cadence.Weekly, string firstStart = "2026-12-01T10:00", string timeZone = "Europe/Berlin", int durationMinutes = 45) => new(
            "oo-test",
            new Participant("m-1", "Ada Manager", "ada@example.test"),
            new Participant("e-1", "Ben Report", "ben@example.test"),
            cadence,
            durationMinutes,
            DateTime.Parse(firstStart, System.Globalization.CultureInfo.InvariantCulture),
            timeZone,
            Sequence: 0,
            Cancelled: false,
            Skipped: new Dictionary<DateOnly, int>(),
            NotifiedSequence: -1);

    public static readonly DateTimeOffset Stamp = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
}
