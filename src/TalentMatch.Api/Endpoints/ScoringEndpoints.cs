using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Scoring;

namespace TalentMatch.Api.Endpoints;

/// <summary><c>/api/v1/scoring</c>: the scoring model in force.</summary>
internal static class ScoringEndpoints
{
    public static void MapScoringApi(this RouteGroupBuilder api)
    {
        api.MapGet("/scoring/weights", GetScoringWeights)
            .RequirePolicy(Policies.ReadScoringWeights)
            .WithTags("Scoring")
            .WithName("GetScoringWeights")
            .WithSummary("The scoring weights in force (read-only)")
            .WithDescription("Every constant the scoring engine uses now, each by its configuration name (Matching:{name}). They are set per deployment in configuration (Matching:*) and checked at start-up; the API cannot change them.");
    }

    private static async Task<Ok<ScoringWeightsDto>> GetScoringWeights(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetScoringWeightsQuery(), ct));
}
