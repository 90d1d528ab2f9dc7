using Microsoft.AspNetCore.Mvc;
using TalentMatch.Application.Features.Ranking;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

/// <summary>The filters every ranked list takes (<c>/vacancies|volunteer-requests|profiles/{id}/matches</c>).</summary>
internal sealed record RankingFilters(
    [FromQuery(Name = "limit")] int Limit = MatchExplanation.DefaultLimit,
    [FromQuery(Name = "minScore")] double? MinScore = null,
    [FromQuery(Name = "requiredOnly")] bool? RequiredOnly = null,
    [FromQuery(Name = "maxDistanceKm")] double? MaxDistanceKm = null,
    [FromQuery(Name = "detail")] string? Detail = null)
{
    /// <summary>The ranked candidates for an opportunity, with these filters.</summary>
    public CandidateMatchesQuery CandidatesFor(OpportunityKind kind, Guid opportunityId) =>
        new(kind, opportunityId, Limit, MinScore, RequiredOnly ?? false, MaxDistanceKm, Detail);

    /// <summary>The ranked opportunities (of a kind, or both) for a person, with these filters.</summary>
    public ProfileMatchesQuery OpportunitiesFor(Guid profileId, string? kind) =>
        new(profileId, kind, Limit, MinScore, RequiredOnly ?? false, MaxDistanceKm, Detail);
}
