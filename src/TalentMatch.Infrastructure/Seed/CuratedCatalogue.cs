using System.Text.Json;
using System.Text.Json.Serialization;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Infrastructure.Catalogue;

namespace TalentMatch.Infrastructure.Seed;

/// <summary>
/// The product's own small catalogue (Seed/Data/catalogue.json): ESCO concepts for entry-level
/// work in Antwerp with Dutch and English labels, and ESCO's reuse level of each skill. Seeded on
/// first start; the full ESCO classification is imported on demand.
/// </summary>
public static class CuratedCatalogue
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static CatalogueBatch Load()
    {
        using var stream = typeof(CuratedCatalogue).Assembly.GetManifestResourceStream("TalentMatch.Infrastructure.Seed.Data.catalogue.json")
            ?? throw new InvalidOperationException("The curated catalogue is not embedded in the assembly.");
        var file = JsonSerializer.Deserialize<CatalogueFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The curated catalogue is empty.");

        var batch = new CatalogueBatch();
        foreach (var c in file.Competences)
        {
            batch.Competences.Add(new CompetenceRecord(c.EscoUri, c.Type, c.IsGroup, ToLabels(c.Labels, c.AltLabels), ReuseLevelOf(c)));
            batch.Broader.AddRange(c.Broader.Select(b => (c.EscoUri, b)));
            batch.Related.AddRange(c.Related.Select(r => (c.EscoUri, r)));
        }

        foreach (var o in file.Occupations)
        {
            batch.Occupations.Add(new OccupationRecord(o.EscoUri, o.IscoGroup, ToLabels(o.Labels, o.AltLabels)));
            batch.OccupationCompetences.AddRange(o.Essential.Select(s => new OccupationCompetenceRecord(o.EscoUri, s, OccupationCompetenceRelation.Essential)));
            batch.OccupationCompetences.AddRange(o.Optional.Select(s => new OccupationCompetenceRecord(o.EscoUri, s, OccupationCompetenceRelation.Optional)));
        }

        return batch;
    }

    /// <summary>The file is ours: a reuse level it misspells is a bug to fail on, not a value to drop.</summary>
    private static ReuseLevel? ReuseLevelOf(CompetenceEntry c) =>
        c.ReuseLevel is null
            ? null
            : EscoReuseLevels.Parse(c.ReuseLevel)
                ?? throw new InvalidOperationException($"The curated catalogue gives {c.EscoUri} the unknown reuse level '{c.ReuseLevel}'.");

    private static List<LanguageLabels> ToLabels(Dictionary<string, string> preferred, Dictionary<string, List<string>>? alternatives) =>
        preferred.Keys.Union(alternatives?.Keys ?? Enumerable.Empty<string>())
            .Select(language => new LanguageLabels(
                language,
                preferred.GetValueOrDefault(language),
                alternatives?.GetValueOrDefault(language) ?? []))
            .ToList();

    private sealed record CatalogueFile(List<CompetenceEntry> Competences, List<OccupationEntry> Occupations);

    private sealed record CompetenceEntry(
        string EscoUri,
        CompetenceType Type,
        bool IsGroup,
        string? ReuseLevel,
        Dictionary<string, string> Labels,
        Dictionary<string, List<string>>? AltLabels,
        List<string> Broader,
        List<string> Related);

    private sealed record OccupationEntry(
        string EscoUri,
        string? IscoGroup,
        Dictionary<string, string> Labels,
        Dictionary<string, List<string>>? AltLabels,
        List<string> Essential,
        List<string> Optional);
}
