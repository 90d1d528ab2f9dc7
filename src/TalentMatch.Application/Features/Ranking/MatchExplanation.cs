using FluentValidation;
using TalentMatch.Matching;

namespace TalentMatch.Application.Features.Ranking;

/// <summary>The filter every match query takes.</summary>
public interface IMatchQueryFilter
{
    int Limit { get; }
    double? MinScore { get; }
    bool RequiredOnly { get; }
    double? MaxDistanceKm { get; }
}

/// <summary>Turns engine results into the explained items of the API, with labels in the caller's language.</summary>
public static class MatchExplanation
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    public const double MaxDistanceKm = 500;

    public static void MatchFilterRules<T>(this AbstractValidator<T> validator)
        where T : IMatchQueryFilter
    {
        validator.RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit);
        validator.RuleFor(q => q.MinScore).InclusiveBetween(0, 100).When(q => q.MinScore is not null);
        validator.RuleFor(q => q.MaxDistanceKm).InclusiveBetween(0, MaxDistanceKm).When(q => q.MaxDistanceKm is not null);
    }

    public static MatchFilter ToFilter(this IMatchQueryFilter query) =>
        new(query.Limit, query.MinScore, query.RequiredOnly, query.MaxDistanceKm);

    /// <summary>A ranked candidate with its full explanation; <paramref name="candidate"/> is what the caller may see of the person.</summary>
    public static CandidateMatchDto Candidate(MatchResult result, MatchLabels labels, MatchCandidateDto candidate) => new(
        result.CandidateId,
        result.Kind,
        result.Score,
        result.MeetsAllRequired,
        result.Components,
        result.Points,
        result.Counts,
        MatchSummary.Sentence(result, labels),
        Matched(result, labels),
        Missing(result, labels),
        Languages(result),
        result.DistanceKm,
        candidate);

    public static IReadOnlyList<MatchedCompetenceDto> Matched(MatchResult result, MatchLabels labels) =>
        result.Matched.Select(m => new MatchedCompetenceDto(
            m.CompetenceId,
            labels.Competences.GetValueOrDefault(m.CompetenceId, ""),
            m.Required,
            m.Via,
            m.ProfileCompetenceId,
            labels.Competences.GetValueOrDefault(m.ProfileCompetenceId, ""),
            m.ProfileSource,
            m.Evidence,
            m.ProfileLevel,
            m.MinLevel,
            m.Contribution,
            m.Experience is { } e ? new MatchedExperienceDto(e.OccupationId, labels.Occupations.GetValueOrDefault(e.OccupationId, ""), e.Years, e.Context, e.UnitGroup) : null)).ToList();

    public static IReadOnlyList<MissingCompetenceDto> Missing(MatchResult result, MatchLabels labels) =>
        result.Missing.Select(m => new MissingCompetenceDto(m.CompetenceId, labels.Competences.GetValueOrDefault(m.CompetenceId, ""), m.Required)).ToList();

    public static IReadOnlyList<LanguageFitDto> Languages(MatchResult result) =>
        result.Languages.Select(l => new LanguageFitDto(l.Code, l.Required, l.MinLevel?.ToString(), l.ProfileLevel?.ToString(), l.Met, l.Extra)).ToList();
}

/// <summary>Display labels for an explanation: competences and occupations, in <see cref="Language"/>.</summary>
public sealed record MatchLabels(IReadOnlyDictionary<Guid, string> Competences, IReadOnlyDictionary<Guid, string> Occupations, string Language);
