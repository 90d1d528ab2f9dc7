using TalentMatch.Domain.Catalogue;

namespace TalentMatch.Infrastructure.Catalogue;

/// <summary>Labels of one concept in one language: a preferred label and alternatives.</summary>
public sealed record LanguageLabels(string Language, string? Preferred, IReadOnlyList<string> Alternatives);

/// <summary>A competence of a batch; <paramref name="ReuseLevel"/> is null when the source does not say.</summary>
public sealed record CompetenceRecord(string EscoUri, CompetenceType Type, bool IsGroup, IReadOnlyList<LanguageLabels> Labels, ReuseLevel? ReuseLevel = null);

public sealed record OccupationRecord(string EscoUri, string? IscoGroup, IReadOnlyList<LanguageLabels> Labels);

public sealed record OccupationCompetenceRecord(string OccupationUri, string CompetenceUri, OccupationCompetenceRelation Relation);

/// <summary>
/// A set of catalogue changes from one source (the curated seed or an ESCO import), keyed by
/// ESCO URI. Writing a batch is idempotent: concepts are upserted, labels of the languages it
/// carries are replaced, and relations of the concepts it carries are replaced.
/// </summary>
public sealed class CatalogueBatch
{
    public List<CompetenceRecord> Competences { get; } = [];
    public List<OccupationRecord> Occupations { get; } = [];

    /// <summary>Labels in extra languages for concepts that exist (e.g. occupations_nl.csv).</summary>
    public List<(string EscoUri, LanguageLabels Labels)> ExtraCompetenceLabels { get; } = [];
    public List<(string EscoUri, LanguageLabels Labels)> ExtraOccupationLabels { get; } = [];

    public List<(string NarrowerUri, string BroaderUri)> Broader { get; } = [];
    public List<(string Uri, string RelatedUri)> Related { get; } = [];
    public List<OccupationCompetenceRecord> OccupationCompetences { get; } = [];

    /// <summary>True when the batch replaces the whole broader hierarchy / relation sets it carries.</summary>
    public bool HasBroader => Broader.Count > 0;
    public bool HasRelated => Related.Count > 0;
}

/// <summary>What writing a batch did.</summary>
public sealed record CatalogueWriteResult(
    int CompetencesAdded,
    int CompetencesUpdated,
    int OccupationsAdded,
    int OccupationsUpdated,
    int Labels,
    int BroaderRelations,
    int RelatedRelations,
    int OccupationCompetences,
    int SkippedRelations,
    int SkippedLabels);
