using TalentMatch.Domain.Catalogue;

namespace TalentMatch.Application.Features.Catalogue;

public sealed record CompetenceDto(
    Guid Id,
    string? EscoUri,
    string Label,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, IReadOnlyList<string>> AltLabels,
    CompetenceType Type,
    bool IsGroup,
    ReuseLevel? ReuseLevel,
    IReadOnlyList<Guid> BroaderIds,
    IReadOnlyList<Guid> RelatedIds);

/// <summary>
/// A ranked occupation for a job title. <c>MatchedLabel</c> is the label that matched best;
/// <c>MatchedTitle</c>, when set, is the remembered job title (seeded or learned) that proposed it.
/// </summary>
public sealed record OccupationSearchHit(Guid Id, string? EscoUri, string Label, string? IscoGroup, double Score, string MatchedLabel, string? MatchedTitle = null);

public sealed record OccupationCompetenceDto(Guid CompetenceId, string Label, CompetenceType Type);

public sealed record OccupationDto(
    Guid Id,
    string? EscoUri,
    string Label,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, IReadOnlyList<string>> AltLabels,
    string? IscoGroup,
    IReadOnlyList<OccupationCompetenceDto> EssentialCompetences,
    IReadOnlyList<OccupationCompetenceDto> OptionalCompetences);

public sealed record LanguageDto(string Code, string Name, IReadOnlyDictionary<string, string> Names);

internal static class LabelMaps
{
    public static IReadOnlyDictionary<string, string> Preferred(IEnumerable<Label> labels) =>
        labels.Where(l => l.IsPreferred).GroupBy(l => l.Language).ToDictionary(g => g.Key, g => g.First().Text);

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Alternatives(IEnumerable<Label> labels) =>
        labels.Where(l => !l.IsPreferred).GroupBy(l => l.Language).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(l => l.Text).ToList());

    public static CompetenceDto ToDto(this Competence c, string language) => new(
        c.Id,
        c.EscoUri,
        LabelChooser.Preferred(c.Labels, language),
        Preferred(c.Labels),
        Alternatives(c.Labels),
        c.Type,
        c.IsGroup,
        c.ReuseLevel,
        c.Broader.Select(b => b.BroaderId).ToList(),
        c.Related.Select(r => r.RelatedId).ToList());
}
