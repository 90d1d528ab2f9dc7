using System.Globalization;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Reports;

namespace TalentMatch.Web.Components.Staff;

/// <summary>
/// The period and district of the reports as the address gives them (<c>van</c>, <c>tot</c>,
/// <c>wijk</c>). An empty date means the default period, the last twelve months up to today; the
/// report queries' validator judges the values.
/// </summary>
public sealed record ReportFilter(string? From, string? To, string? District, DateOnly Today)
{
    public DateOnly? FromDay => Day(From) ?? DefaultFrom;

    public DateOnly? ToDay => Day(To) ?? Today;

    private DateOnly DefaultFrom => Today.AddYears(-1).AddDays(1);

    /// <summary>The date fields' values: what was typed, else the default.</summary>
    public string FromText => string.IsNullOrWhiteSpace(From) ? Iso(DefaultFrom) : From;

    public string ToText => string.IsNullOrWhiteSpace(To) ? Iso(Today) : To;

    public string? DistrictOrNull => string.IsNullOrWhiteSpace(District) ? null : District.Trim();

    public FunnelReportQuery FunnelQuery => new(FromDay, ToDay, DistrictOrNull, null);

    public AftercareReportQuery AftercareQuery => new(FromDay, ToDay, DistrictOrNull);

    /// <summary>The query string that keeps this period and district.</summary>
    public string Query =>
        $"van={Uri.EscapeDataString(FromText)}&tot={Uri.EscapeDataString(ToText)}" +
        (DistrictOrNull is { } district ? "&wijk=" + Uri.EscapeDataString(district) : "");

    /// <summary>The file name of a report's download: its name, the period and the district, e.g. <c>funnel-2025-01-01-2025-12-31-deurne.csv</c>.</summary>
    public static string FileName(string report, DateOnly from, DateOnly to, string? district) =>
        $"{report}-{Iso(from)}-{Iso(to)}{(district is null ? "" : "-" + Slug(district))}.csv";

    /// <summary>A typed date; a text that is no date is sent as an impossible day, so the validator answers it.</summary>
    private static DateOnly? Day(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : DateOnly.MaxValue;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Slug(string district) =>
        string.Concat(district.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
}
