using System.Globalization;
using TalentMatch.Application.Features.Reports;
using TalentMatch.Web.Localization;

namespace TalentMatch.Web.Components.Staff;

/// <summary>
/// One bar of a <see cref="BarChart"/> and one row of its table: the label, the value the bar's
/// length shows (none: no bar), and the figure as the reader reads it. A suppressed bar (a group
/// under the minimum size) carries no value at all, so neither chart, table nor title can tell it.
/// </summary>
public sealed record BarChartBar(string Label, double? Value, string Text, bool Suppressed = false, string? Detail = null)
{
    /// <summary>A count as a report shows it; null is a suppressed small group.</summary>
    public static BarChartBar Count(string label, int? count) =>
        count is { } shown ? new(label, shown, shown.ToString("N0", CultureInfo.CurrentCulture)) : new(label, null, "", Suppressed: true);

    /// <summary>
    /// A share 0–1 as a percentage, with what it is measured on. Null is suppressed, unless there was
    /// nothing to measure on (then the bar says so).
    /// </summary>
    public static BarChartBar Share(string label, double? share, int? measuredOn) => share switch
    {
        { } rate => new(label, rate, rate.ToString("P0", CultureInfo.CurrentCulture), Detail: Of(measuredOn)),
        null when measuredOn == 0 => new(label, null, Texts.T("Reports.NotMeasurable"), Detail: Of(measuredOn)),
        _ => new(label, null, "", Suppressed: true, Detail: Of(measuredOn)),
    };

    /// <summary>A share's base as the detail column says it; a suppressed base shows nothing.</summary>
    private static string? Of(int? measuredOn) =>
        measuredOn is { } of ? of.ToString("N0", CultureInfo.CurrentCulture) : null;
}
