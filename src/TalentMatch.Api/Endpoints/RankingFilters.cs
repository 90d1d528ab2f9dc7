using Microsoft.AspNetCore.Mvc;
using TalentMatch.Application.Features.Ranking;

namespace TalentMatch.Api.Endpoints;

/// <summary>The filters every ranked list takes (<c>/vacancies|volunteer-requests|profiles/{id}/matches</c>).</summary>
internal sealed record RankingFilters(
    [FromQuery(Name = "limit")] int Limit = MatchExplanation.DefaultLimit,
    [FromQuery(Name = "minScore")] double? MinScore = null,
    [FromQuery(Name = "requiredOnly")] bool? RequiredOnly = null,
    [FromQuery(Name = "maxDistanceKm")] double? MaxDistanceKm = null,
    [FromQuery(Name = "detail")] string? Detail = null);
