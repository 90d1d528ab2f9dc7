using TalentMatch.Domain.Common;

namespace TalentMatch.Matching;

/// <summary>A point on the map (a postcode centroid).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);

public sealed record CandidateCompetence(Guid CompetenceId, int Level, CompetenceSource Source, Evidence Evidence);

public sealed record CandidateLanguage(string Code, CefrLevel Level, bool IsNative);

/// <summary>Years in an occupation, at work, in volunteering or in life: they count as competence (EVC).</summary>
public sealed record CandidateExperience(Guid OccupationId, double Years, ExperienceContext Context);

/// <summary>What the engine knows of a person: competences, experience, languages and practical fit. No protected attributes.</summary>
public sealed record Candidate(
    Guid Id,
    IReadOnlyList<CandidateCompetence> Competences,
    IReadOnlyList<CandidateLanguage> Languages,
    GeoPoint? Location,
    int MaxTravelKm,
    double HoursPerWeek,
    IReadOnlyList<string> Interests)
{
    /// <summary>Occupations the person has worked in (or done as a volunteer or in life), credited through their essential competences.</summary>
    public IReadOnlyList<CandidateExperience> Experiences { get; init; } = [];
}

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

    /// <summary>A skill sharing a broader skill group with the one asked (in a small enough group).</summary>
    Sibling = 5,
}

/// <summary>
/// A requirement the person covers. <see cref="ProfileCompetenceId"/> is the competence that
/// earned the credit: one the person recorded, or, when <see cref="Experience"/> is set, an
/// essential competence of an occupation they have experience in.
/// </summary>
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
    double Contribution)
{
    /// <summary>The experience the credit comes from; null when the person recorded the competence.</summary>
    public ExperienceCredit? Experience { get; init; }
}

/// <summary>
/// Credit through experience: <see cref="Years"/> as <see cref="OccupationId"/>, in
/// <see cref="Context"/>. <see cref="UnitGroup"/> is true when the competence belongs to another
/// occupation of the same ISCO unit group (credited lower than the occupation's own).
/// </summary>
public sealed record ExperienceCredit(Guid OccupationId, double Years, ExperienceContext Context, bool UnitGroup);

public sealed record MissingCompetence(Guid CompetenceId, bool Required);

public sealed record LanguageFit(string Code, bool Required, CefrLevel? MinLevel, CefrLevel? ProfileLevel, bool Met, bool Extra);

/// <summary>Each component on a 0..100 scale; null when it does not apply to this pair.</summary>
public sealed record ScoreComponents(double? Competences, double? Languages, double? Distance, double? Hours, double? Interests);

/// <summary>The points each component adds to the score; they sum to the score (up to rounding).</summary>
public sealed record ScorePoints(double Competences, double Languages, double Distance, double Hours, double Interests);

/// <summary>
/// The required items counted for the explanation: competences asked as required, how many the
/// person covers (through any relation or experience), how many of those were learned outside
/// school (work, volunteering, life, or experience), and the required languages met.
/// </summary>
public sealed record RequiredCounts(int Competences, int Covered, int LearnedElsewhere, int Languages, int LanguagesMet);
/// <summary>A scored pair with its full explanation.</summary>
public sealed record MatchResult(
    Guid CandidateId,
    Guid OpportunityId,
    OpportunityKind Kind,
    double Score,
    bool MeetsAllRequired,
    ScoreComponents Components,
    ScorePoints Points,
    RequiredCounts Counts,
    IReadOnlyList<MatchedCompetence> Matched,
    IReadOnlyList<MissingCompetence> Missing,
    IReadOnlyList<LanguageFit> Languages,
    double? DistanceKm);
