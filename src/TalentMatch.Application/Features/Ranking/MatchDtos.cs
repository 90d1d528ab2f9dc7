using System.Text.Json.Serialization;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Places;
using TalentMatch.Matching;

namespace TalentMatch.Application.Features.Ranking;

/// <summary>Every constant of the scoring model, echoed with each ranked list.</summary>
public sealed record MatchingWeightsDto(
    double Competences,
    double Languages,
    double Distance,
    double Hours,
    double Interests,
    double RequiredShare,
    double TransversalWeight,
    double CrossSectorWeight,
    double SectorSpecificWeight,
    double OccupationSpecificWeight,
    double RarityExponent,
    double GenericCreditAlone,
    double SpecificCoverageForGeneric,
    double NarrowerFactor,
    double BroaderFactor,
    double RelatedFactor,
    double SiblingFactor,
    double LevelGapPenalty,
    double DeclaredFactor,
    double ConfirmedFactor,
    double CertifiedFactor,
    double ExperienceFactorStart,
    double ExperienceFactorMax,
    int ExperienceYearsForMax,
    double UnitGroupShare,
    double LanguageStepPenalty,
    double ExtraLanguageBonus,
    double MultilingualShare,
    double DistanceScoreAtMax,
    int TaxonomyDepth,
    int SiblingGroupLimit)
{
    public static MatchingWeightsDto From(MatchingOptions o) => new(
        o.CompetencesWeight,
        o.LanguagesWeight,
        o.DistanceWeight,
        o.HoursWeight,
        o.InterestsWeight,
        o.RequiredShare,
        o.TransversalWeight,
        o.CrossSectorWeight,
        o.SectorSpecificWeight,
        o.OccupationSpecificWeight,
        o.RarityExponent,
        o.GenericCreditAlone,
        o.SpecificCoverageForGeneric,
        o.NarrowerFactor,
        o.BroaderFactor,
        o.RelatedFactor,
        o.SiblingFactor,
        o.LevelGapPenalty,
        o.DeclaredFactor,
        o.ConfirmedFactor,
        o.CertifiedFactor,
        o.ExperienceFactorStart,
        o.ExperienceFactorMax,
        o.ExperienceYearsForMax,
        o.UnitGroupShare,
        o.LanguageStepPenalty,
        o.ExtraLanguageBonus,
        o.MultilingualShare,
        o.DistanceScoreAtMax,
        o.TaxonomyDepth,
        o.SiblingGroupLimit);
}

/// <summary>Experience a matched competence was credited through: years as an occupation, and in which context.</summary>
public sealed record MatchedExperienceDto(Guid OccupationId, string OccupationLabel, double Years, ExperienceContext Context, bool UnitGroup);

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
    double Contribution,
    MatchedExperienceDto? Experience);

public sealed record MissingCompetenceDto(Guid CompetenceId, string Label, bool Required);

public sealed record LanguageFitDto(string Code, bool Required, string? MinLevel, string? ProfileLevel, bool Met, bool Extra);

/// <summary>What a ranked candidate shows: employers see the district only, never who the person is.</summary>
public sealed record MatchCandidateDto(string? DisplayName, string District);

/// <summary>How much a ranked list explains: the compact item (the default) or everything.</summary>
public enum MatchDetail
{
    Compact,
    Full,
}

/// <summary>
/// A ranked candidate for an opportunity. Compact: the score, its components, the required counts,
/// the summary and the labels of the first matched and missing competences (required first: the
/// required counts say how many of the missing are required). With
/// <see cref="MatchDetail.Full"/> also the whole explanation: each component's points, every
/// matched competence (through what, at what level, with what contribution), every missing one,
/// every language; these are left out of a compact item. The distance runs from the person's
/// district centroid; an anonymised candidate (no display name) shows only its band,
/// <c>distanceKm</c> is then null.
/// </summary>
public sealed record CandidateMatchDto(
    Guid ProfileId,
    OpportunityKind Kind,
    double Score,
    bool MeetsAllRequired,
    ScoreComponents Components,
    RequiredCounts Required,
    string Summary,
    IReadOnlyList<string> TopMatched,
    IReadOnlyList<string> TopMissing,
    double? DistanceKm,
    DistanceBand? DistanceBand,
    MatchCandidateDto Candidate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ScorePoints? Points,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<MatchedCompetenceDto>? MatchedCompetences,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<MissingCompetenceDto>? MissingCompetences,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<LanguageFitDto>? Languages);

/// <summary>Ranked candidates; <see cref="Total"/> counts every candidate that passed the filters, before the limit.</summary>
public sealed record CandidateMatchListDto(
    Guid OpportunityId,
    OpportunityKind Kind,
    MatchingWeightsDto Weights,
    int Total,
    IReadOnlyList<CandidateMatchDto> Items);

/// <summary>A ranked open opportunity for a person, compact or full as <see cref="CandidateMatchDto"/>.</summary>
public sealed record OpportunityMatchDto(
    Guid OpportunityId,
    OpportunityKind Kind,
    string Title,
    string? OrganisationName,
    double Score,
    bool MeetsAllRequired,
    ScoreComponents Components,
    RequiredCounts Required,
    string Summary,
    IReadOnlyList<string> TopMatched,
    IReadOnlyList<string> TopMissing,
    double? DistanceKm,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ScorePoints? Points,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<MatchedCompetenceDto>? MatchedCompetences,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<MissingCompetenceDto>? MissingCompetences,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<LanguageFitDto>? Languages);

/// <summary>Ranked opportunities; <see cref="Total"/> counts every opportunity that passed the filters, before the limit.</summary>
public sealed record OpportunityMatchListDto(
    Guid ProfileId,
    MatchingWeightsDto Weights,
    int Total,
    IReadOnlyList<OpportunityMatchDto> Items);
