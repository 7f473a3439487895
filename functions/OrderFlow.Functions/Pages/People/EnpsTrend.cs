using System.Globalization;
using OrderFlow.Core.Surveys;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.People;

/// <summary>A survey's overall eNPS per round as the API stores it; a suppressed round shows that it is hidden, never a number.</summary>
public static class EnpsTrend
{
    public static string Render(Survey survey, IReadOnlyList<EnpsPoint> points)
    {
        if (survey.EnpsQuestion is null)
        {
            return "<p class=\"empty\">This survey has no eNPS question.</p>";
        }
        var hidden = $"hidden: fewer than {survey.AnonymityThreshold} answers";
        return DataTable.Render("Overall eNPS per round, oldest first", ["Round opened", "eNPS", "95% margin", "Answers", "Promoters / passives / detractors"],
            points.Select(p => p.Suppressed
                ? new[] { DataTable.Time(p.OpenedAt), HtmlPage.Encode(hidden), "", "", "" }
                :
                [
                    DataTable.Time(p.OpenedAt),
                    Signed(p.Score),
                    "±" + p.MarginOfError95?.ToString("0.0", CultureInfo.InvariantCulture),
                    $"{p.Respondents}",
                    $"{p.Promoters} / {p.Passives} / {p.Detractors}",
                ]),
            "No eNPS figures yet: they are computed hourly and when a round closes.");
    }

    static string Signed(int? score) => score is > 0 ? $"+{score}" : $"{score}".Replace('-', '−');
}
