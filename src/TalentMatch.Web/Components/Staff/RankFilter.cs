using System.Globalization;

namespace TalentMatch.Web.Components.Staff;

/// <summary>The filters of a ranked list as the address gives them; the query's validator judges the values.</summary>
public sealed record RankFilter(bool RequiredOnly, string? Distance, string? MinScore)
{
    /// <summary>A number typed in the filter; a text that is no number is sent as an impossible value, so the validator answers it.</summary>
    public static double? Number(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : double.NaN;

    public double? MaxDistanceKm => Number(Distance);

    public double? MinimumScore => Number(MinScore);

    /// <summary>The query string that keeps these filters.</summary>
    public string Query =>
        string.Join('&', new[]
        {
            RequiredOnly ? "vereist=true" : null,
            string.IsNullOrWhiteSpace(Distance) ? null : "afstand=" + Uri.EscapeDataString(Distance),
            string.IsNullOrWhiteSpace(MinScore) ? null : "min=" + Uri.EscapeDataString(MinScore),
        }.OfType<string>());
}
