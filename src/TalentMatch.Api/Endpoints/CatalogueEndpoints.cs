using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

internal static class CatalogueEndpoints
{
    public static void MapCatalogueApi(this RouteGroupBuilder api)
    {
        var competences = api.MapGroup("/competences").WithTags("Catalogue").RequireSignedIn();
        competences.MapGet("/", async Task<Ok<PagedList<CompetenceDto>>> (IMediator mediator, CancellationToken ct, string? q, [QueryEnum(typeof(CompetenceType))] string? type, bool includeGroups = false, int page = 1, int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListCompetencesQuery(q, QueryValues.Enum<CompetenceType>(type, nameof(type)), includeGroups, page, pageSize), ct)))
            .WithName("ListCompetences")
            .WithSummary("Search competences")
            .WithDescription("Searches preferred and alternative labels in every language, case- and accent-insensitive. Skill groups of the hierarchy are left out unless includeGroups=true.");

        competences.MapGet("/{id:guid}", async Task<Ok<CompetenceDto>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCompetenceQuery(id), ct)))
            .WithName("GetCompetence")
            .WithSummary("Get a competence with its labels and relations");

        competences.MapPost("/", async Task<Created<CompetenceDto>> (CreateCompetenceCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/competences/{created.Id}", created);
            })
            .RequireRoles(Roles.Admin)
            .WithName("CreateCompetence")
            .WithSummary("Add a competence to the catalogue");

        var occupations = api.MapGroup("/occupations").WithTags("Catalogue").RequireSignedIn();
        occupations.MapGet("/", async Task<Ok<IReadOnlyList<OccupationSearchHit>>> (IMediator mediator, CancellationToken ct, string? q, int limit = 20) =>
                TypedResults.Ok(await mediator.Send(new SearchOccupationsQuery(q, limit), ct)))
            .WithName("SearchOccupations")
            .WithSummary("Rank occupations for a job title")
            .WithDescription("Searches preferred and alternative labels in every imported language; tolerant of typos, compounds and gendered forms (e.g. 'poetsvrouw', 'magazijnier', 'kassierster').");

        occupations.MapGet("/{id:guid}", async Task<Ok<OccupationDto>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetOccupationQuery(id), ct)))
            .WithName("GetOccupation")
            .WithSummary("Get an occupation with its essential and optional competences");

        api.MapGet("/languages", async Task<Ok<IReadOnlyList<LanguageDto>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListLanguagesQuery(), ct)))
            .WithTags("Catalogue")
            .RequireSignedIn()
            .WithName("ListLanguages")
            .WithSummary("ISO 639-1 languages with their names");
    }
}
