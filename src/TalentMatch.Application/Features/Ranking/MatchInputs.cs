using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Places;
using TalentMatch.Matching;

namespace TalentMatch.Application.Features.Ranking;

/// <summary>The engine's inputs built from stored data: one mapping for the engine and the read model.</summary>
public static class MatchInputs
{
    public static OpportunitySpec ToSpec(Opportunity o, PostcodeDirectory places) => new(
        o.Id,
        o.Kind,
        o.Requirements.OrderBy(r => r.CompetenceId).Select(r => new Requirement(r.CompetenceId, r.MinLevel, r.Importance, r.Weight ?? 1.0)).ToList(),
        o.Languages.OrderBy(l => l.Code, StringComparer.Ordinal).Select(l => new LanguageRequirement(l.Code, l.MinLevel, l.Importance)).ToList(),
        o.MultilingualValued,
        Locate(o.Postcode, places),
        o.Hours,
        o.Interests);

    public static Candidate ToCandidate(
        Guid id,
        IReadOnlyList<CandidateCompetence> competences,
        IReadOnlyList<CandidateLanguage> languages,
        string postcode,
        int maxTravelKm,
        int hoursPerWeek,
        IReadOnlyList<string> interests,
        PostcodeDirectory places) =>
        new(id, competences, languages, LocateDistrict(postcode, places), maxTravelKm, hoursPerWeek, interests);

    /// <summary>A person is placed at their district's centroid: no distance, score or filter reveals more than the district.</summary>
    public static GeoPoint? LocateDistrict(string postcode, PostcodeDirectory places) =>
        places.DistrictCentroidOf(postcode) is { } centroid ? new GeoPoint(centroid.Latitude, centroid.Longitude) : null;

    public static GeoPoint? Locate(string postcode, PostcodeDirectory places) =>
        places.CentroidOf(postcode) is { } centroid ? new GeoPoint(centroid.Latitude, centroid.Longitude) : null;
}
