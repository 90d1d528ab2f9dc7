using TalentMatch.Domain.Catalogue;

namespace TalentMatch.Infrastructure.Catalogue;

/// <summary>
/// ESCO's names for reuse levels, as its reuseLevel column and the curated catalogue spell them:
/// "transversal", "cross-sector", "sector-specific", "occupation-specific".
/// </summary>
internal static class EscoReuseLevels
{
    /// <summary>The reuse level, or null for an empty or unknown name.</summary>
    public static ReuseLevel? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "transversal" => ReuseLevel.Transversal,
        "cross-sector" or "cross-sectoral" => ReuseLevel.CrossSector,
        "sector-specific" => ReuseLevel.SectorSpecific,
        "occupation-specific" => ReuseLevel.OccupationSpecific,
        _ => null,
    };
}
