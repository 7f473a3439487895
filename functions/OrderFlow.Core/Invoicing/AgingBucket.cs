using System.Text.Json.Serialization;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// The columns of the receivables aging report, by days past the due date: not yet due (due today or later), then
/// 1–30, 31–60, 61–90 and over 90 days. An invoice due today is not past due, so the first past-due bucket starts at 1.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgingBucket>))]
public enum AgingBucket { NotYetDue, Days1To30, Days31To60, Days61To90, Over90Days }

public static class AgingBuckets
{
    public static AgingBucket Of(int daysPastDue) => daysPastDue switch
    {
        <= 0 => AgingBucket.NotYetDue,
        <= 30 => AgingBucket.Days1To30,
        <= 60 => AgingBucket.Days31To60,
        <= 90 => AgingBucket.Days61To90,
        _ => AgingBucket.Over90Days,
    };
}
