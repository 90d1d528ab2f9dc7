using TalentMatch.Domain.Common;

namespace TalentMatch.Matching;

/// <summary>A point on the map (a postcode centroid).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);

public sealed record CandidateCompetence(Guid CompetenceId, int Level, CompetenceSource Source, Evidence Evidence);

public sealed record CandidateLanguage(string Code, CefrLevel Level, bool IsNative);

/// <summary>What the engine knows of a person: competences, languages and practical fit. No protected attributes.</summary>
public sealed record Candidate(
    Guid Id,
    IReadOnlyList<CandidateCompetence> Competences,
    IReadOnlyList<CandidateLanguage> Languages,
    GeoPoint? Location,
    int MaxTravelKm,
    double HoursPerWeek,
    IReadOnlyList<string> Interests);

public sealed record Requirement(Guid CompetenceId, int MinLevel, Importance Importance, double Weight = 1.0);

public sealed record LanguageRequirement(string Code, CefrLevel MinLevel, Importance Importance);

/// <summary>What the engine knows of a vacancy or volunteer request.</summary>
public sealed record OpportunitySpec(
    Guid Id,
    OpportunityKind Kind,
    IReadOnlyList<Requirement> Requirements,
    IReadOnlyList<LanguageRequirement> Languages,
    bool MultilingualValued,
    GeoPoint? Location,
    double Hours,
    IReadOnlyList<string> Interests);

/// <summary>How a person's competence met a requirement.</summary>
public enum MatchVia
{
    Exact = 1,
    Narrower = 2,
    Broader = 3,
    Related = 4,
}

public sealed record MatchedCompetence(
    Guid CompetenceId,
    Guid ProfileCompetenceId,
    bool Required,
    MatchVia Via,
    CompetenceSource ProfileSource,
    Evidence Evidence,
    int ProfileLevel,
    int MinLevel,
    double Credit,
    double Contribution);

public sealed record MissingCompetence(Guid CompetenceId, bool Required);

public sealed record LanguageFit(string Code, bool Required, CefrLevel? MinLevel, CefrLevel? ProfileLevel, bool Met, bool Extra);

/// <summary>Each component on a 0..100 scale; null when it does not apply to this pair.</summary>
public sealed record ScoreComponents(double? Competences, double? Languages, double? Distance, double? Hours, double? Interests);

/// <summary>A scored pair with its full explanation.</summary>
public sealed record MatchResult(
    Guid CandidateId,
    Guid OpportunityId,
    OpportunityKind Kind,
    double Score,
    bool MeetsAllRequired,
    ScoreComponents Components,
    double RequiredGapFactor,
    IReadOnlyList<MatchedCompetence> Matched,
    IReadOnlyList<MissingCompetence> Missing,
    IReadOnlyList<LanguageFit> Languages,
    double? DistanceKm);
