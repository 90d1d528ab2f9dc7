using System.Runtime.InteropServices;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

/// <summary><c>/api/v1/competences</c>: the competences of the catalogue.</summary>
internal static class CompetencesEndpoints
{
    public static void MapCompetencesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/competences").WithTags("Catalogue").RequirePolicy(Policies.SignedIn);

        group.MapGet("/", ListCompetences)
            .WithName("ListCompetences")
            .WithSummary("Search competences")
            .WithDescription("Searches preferred and alternative labels in every language, case- and accent-insensitive. Skill groups of the hierarchy are left out unless includeGroups=true.");

        group.MapGet("/{id:guid}", GetCompetence)
            .WithName("GetCompetence")
            .WithSummary("Get a competence with its labels and relations");

        group.MapPost("/", CreateCompetence)
            .RequirePolicy(Policies.CurateCatalogue)
            .WithName("CreateCompetence")
            .WithSummary("Add a competence to the catalogue");
    }

    private static async Task<Ok<PagedList<CompetenceDto>>> ListCompetences(
        IMediator mediator,
        CancellationToken ct,
        string? q,
        [QueryEnum(typeof(CompetenceType))] string? type,
        // Optional by attribute so that it keeps its place before the page in the OpenAPI document.
        [Optional, DefaultParameterValue(false)] bool includeGroups,
        [AsParameters] PageRequest paging) =>
        TypedResults.Ok(await mediator.Send(new ListCompetencesQuery(q, QueryValues.Enum<CompetenceType>(type, nameof(type)), includeGroups, paging.Page, paging.PageSize), ct));

    private static async Task<Ok<CompetenceDto>> GetCompetence(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetCompetenceQuery(id), ct));

    private static async Task<Created<CompetenceDto>> CreateCompetence(CreateCompetenceCommand command, IMediator mediator, CancellationToken ct)
    {
        var created = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/competences/{created.Id}", created);
    }
}
