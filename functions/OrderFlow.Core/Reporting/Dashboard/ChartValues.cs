using System.Globalization;

namespace OrderFlow.Core.Reporting.Dashboard;

/// <summary>Turns a chart's raw values into the unit it is read in (%, minutes, hours, days) and into words.</summary>
/// <param name="Unit">Short, after each value: "%", "h", "orders".</param>
/// <param name="AxisName">Written above the y axis: "hours".</param>
public sealed record ChartValues(string Unit, string AxisName, double Divisor, int Decimals)
{
    static readonly int[] NiceSteps = [1, 2, 5, 10];

    public static ChartValues For(ValueKind kind, double max) => kind switch
    {
        ValueKind.Share => new("%", "", 0.01, 1),
        ValueKind.Score => new("", "score", 1, 0),
        ValueKind.Seconds when max >= 2 * 86_400 => new("d", "days", 86_400, 1),
        ValueKind.Seconds when max >= 2 * 3_600 => new("h", "hours", 3_600, 1),
        ValueKind.Seconds when max >= 120 => new("min", "minutes", 60, 1),
        ValueKind.Seconds => new("s", "seconds", 1, 0),
        _ => new("orders", "orders", 1, 0),
    };

    public double Scaled(double value) => value / Divisor;

    /// <summary>"12.5%", "3.2 h", "14 orders", "17 ± 12.3"; "no data" for a gap.</summary>
    public string Text(double? value, double? margin = null) => value is { } v
        ? Number(v) + (margin is { } m ? " ± " + Number(m) : "")
        : "no data";

    string Number(double value) =>
        Scaled(value).ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + Unit switch { "%" => "%", "" => "", _ => " " + Unit };

    /// <summary>A round axis top at or above the largest scaled value: 1, 2 or 5 times a power of ten.</summary>
    public static double NiceCeiling(double value)
    {
        if (value <= 0)
        {
            return 1;
        }
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return NiceSteps.Select(step => step * power).First(top => top >= value - 1e-9);
    }
}
