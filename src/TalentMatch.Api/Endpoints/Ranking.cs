using TalentMatch.Application.Features.Ranking;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

/// <summary>What the ranked lists share: their tag, who sees candidates, and how a candidate list reads.</summary>
internal static class Ranking
{
    public const string Tag = "Matching";

    public const string CandidateDescription =
        "Matchable profiles that seek this kind of work, best first (score, then id). Each item is compact: score, " +
        "components, required counts, a one-sentence summary, the labels of the first three matched and missing " +
        "competences (required first) and distance; detail=full adds the whole explanation (points, every matched and missing " +
        "competence with its ids and contribution, language fit). Candidates missing a required " +
        "competence are still listed with meetsAllRequired=false unless requiredOnly=true. Works for any status, " +
        "so staff can check a draft before opening it. An Employer sees only their own organisation's opportunities, " +
        "and candidates anonymised (district only, no name). limit 1-100 (default 20), minScore 0-100, " +
        "maxDistanceKm 0-500 (leaves out candidates whose distance is unknown); total counts candidates that pass the filters, before the limit.";
}
