using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Catalogue;

namespace TalentMatch.Api.Endpoints;

/// <summary><c>/api/v1/occupations</c>: occupation search and the occupations of the catalogue.</summary>
internal static class OccupationsEndpoints
{
    public static void MapOccupationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/occupations").WithTags("Catalogue").RequirePolicy(Policies.SignedIn);

        group.MapGet("/", SearchOccupations)
            .WithName("SearchOccupations")
            .WithSummary("Rank occupations for a job title")
            .WithDescription("Searches preferred and alternative labels in every imported language; tolerant of typos, compounds and gendered forms (e.g. 'poetsvrouw', 'magazijnier', 'kassierster').");

        group.MapGet("/{id:guid}", GetOccupation)
            .WithName("GetOccupation")
            .WithSummary("Get an occupation with its essential and optional competences");
    }

    private static async Task<Ok<IReadOnlyList<OccupationSearchHit>>> SearchOccupations(IMediator mediator, CancellationToken ct, string? q, int limit = 20) =>
        TypedResults.Ok(await mediator.Send(new SearchOccupationsQuery(q, limit), ct));

    private static async Task<Ok<OccupationDto>> GetOccupation(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetOccupationQuery(id), ct));
}
