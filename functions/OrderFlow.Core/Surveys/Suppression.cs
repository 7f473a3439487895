namespace OrderFlow.Core.Surveys;

/// <summary>
/// Which groups' figures are hidden so that none under the anonymity threshold can be seen or worked out. A group
/// under the threshold is hidden; and while the hidden groups together hold fewer than the threshold respondents
/// (empty groups hide nobody), the smallest shown group is hidden too, or the overall figure minus the shown groups
/// would give the hidden ones away. The overall figure is shown from the threshold on.
/// </summary>
public static class Suppression
{
    public static IReadOnlySet<string> Hidden(IReadOnlyDictionary<string, int> respondentsPerGroup, int threshold)
    {
        var hidden = respondentsPerGroup.Where(g => g.Value < threshold).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var hiddenRespondents = hidden.Sum(g => respondentsPerGroup[g]);
        var shown = respondentsPerGroup.Where(g => !hidden.Contains(g.Key)).OrderBy(g => g.Value).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var next in shown)
        {
            if (hiddenRespondents == 0 || hiddenRespondents >= threshold)
            {
                break;
            }
            hidden.Add(next.Key);
            hiddenRespondents += next.Value;
        }
        return hidden;
    }
}
