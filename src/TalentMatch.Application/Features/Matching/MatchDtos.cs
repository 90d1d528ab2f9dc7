using TalentMatch.Domain.Common;
using TalentMatch.Matching;

namespace TalentMatch.Application.Features.Matching;

/// <summary>Every constant of the scoring model, echoed with each ranked list.</summary>
public sealed record MatchingWeightsDto(
    double Competences,
    double Languages,
    double Distance,
    double Hours,
    double Interests,
    double RequiredMultiplier,
    double NarrowerFactor,
    double BroaderFactor,
    double RelatedFactor,
    double LevelGapPenalty,
    double DeclaredFactor,
    double ConfirmedFactor,
    double CertifiedFactor,
    double LanguageStepPenalty,
    double ExtraLanguageBonus,
    double MultilingualShare,
    double RequiredGapPenalty,
    double DistanceScoreAtMax,
    int TaxonomyDepth)
{
    public static MatchingWeightsDto From(MatchingOptions o) => new(
        o.CompetencesWeight,
        o.LanguagesWeight,
        o.DistanceWeight,
        o.HoursWeight,
        o.InterestsWeight,
        o.RequiredMultiplier,
        o.NarrowerFactor,
        o.BroaderFactor,
        o.RelatedFactor,
        o.LevelGapPenalty,
        o.DeclaredFactor,
        o.ConfirmedFactor,
        o.CertifiedFactor,
        o.LanguageStepPenalty,
        o.ExtraLanguageBonus,
        o.MultilingualShare,
        o.RequiredGapPenalty,
        o.DistanceScoreAtMax,
        o.TaxonomyDepth);
}

public sealed record MatchedCompetenceDto(
    Guid CompetenceId,
    string Label,
    bool Required,
    MatchVia Via,
    Guid ProfileCompetenceId,
    string ProfileCompetenceLabel,
    CompetenceSource ProfileSource,
    Evidence Evidence,
    int ProfileLevel,
    int MinLevel,
    double Contribution);

public sealed record MissingCompetenceDto(Guid CompetenceId, string Label, bool Required);

public sealed record LanguageFitDto(string Code, bool Required, string? MinLevel, string? ProfileLevel, bool Met, bool Extra);

/// <summary>What a ranked candidate shows: employers see the district only, never who the person is.</summary>
public sealed record MatchCandidateDto(string? DisplayName, string District);

/// <summary>A ranked candidate for an opportunity, with the full explanation of the score.</summary>
public sealed record CandidateMatchDto(
    Guid ProfileId,
    OpportunityKind Kind,
    double Score,
    bool MeetsAllRequired,
    ScoreComponents Components,
    double RequiredGapFactor,
    IReadOnlyList<MatchedCompetenceDto> MatchedCompetences,
    IReadOnlyList<MissingCompetenceDto> MissingCompetences,
    IReadOnlyList<LanguageFitDto> Languages,
    double? DistanceKm,
    MatchCandidateDto Candidate);

/// <summary>Ranked candidates; <see cref="Total"/> counts every candidate that passed the filters, before the limit.</summary>
public sealed record CandidateMatchListDto(
    Guid OpportunityId,
    OpportunityKind Kind,
    MatchingWeightsDto Weights,
    int Total,
    IReadOnlyList<CandidateMatchDto> Items);

/// <summary>A ranked open opportunity for a person, with the full explanation of the score.</summary>
public sealed record OpportunityMatchDto(
    Guid OpportunityId,
    OpportunityKind Kind,
    string Title,
    string? OrganisationName,
    double Score,
    bool MeetsAllRequired,
    ScoreComponents Components,
    double RequiredGapFactor,
    IReadOnlyList<MatchedCompetenceDto> MatchedCompetences,
    IReadOnlyList<MissingCompetenceDto> MissingCompetences,
    IReadOnlyList<LanguageFitDto> Languages,
    double? DistanceKm);

/// <summary>Ranked opportunities; <see cref="Total"/> counts every opportunity that passed the filters, before the limit.</summary>
public sealed record OpportunityMatchListDto(
    Guid ProfileId,
    MatchingWeightsDto Weights,
    int Total,
    IReadOnlyList<OpportunityMatchDto> Items);
