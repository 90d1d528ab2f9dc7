using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Ranking;
using TalentMatch.Application.Features.Vacancies;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

/// <summary><c>/api/v1/vacancies</c>: vacancies and their ranked candidates.</summary>
internal static class VacanciesEndpoints
{

    public static void MapVacanciesApi(this RouteGroupBuilder api)
    {
        var vacancies = api.MapGroup("/vacancies");

        // Everyone signed in reads: job seekers only open vacancies, employers only their own.
        var group = vacancies.MapGroup("").WithTags("Vacancies");

        group.MapPost("/", CreateVacancy)
            .ProducesETag()
            .RequirePolicy(Policies.WriteVacancies)
            .WithName("CreateVacancy")
            .WithSummary("Create a vacancy (an employer only for their own organisation)");

        group.MapPost("/from-occupation", CreateVacancyFromOccupation)
            .ProducesETag()
            .RequirePolicy(Policies.WriteVacancies)
            .WithName("CreateVacancyFromOccupation")
            .WithSummary("Start a draft vacancy from an occupation's essential and optional competences");

        group.MapGet("/", ListVacancies)
            .RequirePolicy(Policies.SignedIn)
            .WithName("ListVacancies")
            .WithSummary("List vacancies (job seekers: open ones; employers: their own)");

        group.MapGet("/{id:guid}", GetVacancy)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesETag()
            .RequirePolicy(Policies.SignedIn)
            .WithName("GetVacancy")
            .WithSummary("Get a vacancy (with ETag)");

        group.MapPut("/{id:guid}", UpdateVacancy)
            .ProducesETag()
            .RequirePolicy(Policies.WriteVacancies)
            .WithName("UpdateVacancy")
            .WithSummary("Replace a vacancy, status included (honours If-Match)");

        group.MapDelete("/{id:guid}", DeleteVacancy)
            .RequirePolicy(Policies.WriteVacancies)
            .WithName("DeleteVacancy")
            .WithSummary("Delete a draft or closed vacancy (an open one: 409, close it first)");

        vacancies.MapGet("/{id:guid}/matches", VacancyMatches)
            .RequirePolicy(Policies.SeeCandidates)
            .WithTags(Ranking.Tag)
            .WithName("VacancyMatches")
            .WithSummary("Ranked, explained candidates for a vacancy")
            .WithDescription(Ranking.CandidateDescription);
    }

    private static async Task<Created<VacancyDto>> CreateVacancy(CreateVacancyCommand command, IMediator mediator, HttpContext http, CancellationToken ct) =>
        http.CreatedWithETag(await mediator.Send(command, ct), created => $"/api/v1/vacancies/{created.Id}");

    private static async Task<Created<VacancyDto>> CreateVacancyFromOccupation(CreateVacancyFromOccupationCommand command, IMediator mediator, HttpContext http, CancellationToken ct) =>
        http.CreatedWithETag(await mediator.Send(command, ct), created => $"/api/v1/vacancies/{created.Id}");

    private static async Task<Ok<PagedList<VacancySummaryDto>>> ListVacancies(
        IMediator mediator, CancellationToken ct, string? status, Guid? organisationId, Guid? occupationId, string? q, string? postcode, [AsParameters] PageRequest paging) =>
        TypedResults.Ok(await mediator.Send(new ListVacanciesQuery(status, organisationId, occupationId, q, postcode, paging.Page, paging.PageSize), ct));

    private static async Task<Ok<VacancyDto>> GetVacancy(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.WithETag(await mediator.Send(new GetVacancyQuery(id), ct)));

    private static async Task<Ok<VacancyDto>> UpdateVacancy(
        Guid id, UpdateVacancyCommand command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.WithETag(await mediator.Send(command with { Id = id, IfMatch = ifMatch }, ct)));

    private static async Task<NoContent> DeleteVacancy(Guid id, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new DeleteVacancyCommand(id), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CandidateMatchListDto>> VacancyMatches(Guid id, IMediator mediator, CancellationToken ct, [AsParameters] RankingFilters filters) =>
        TypedResults.Ok(await mediator.Send(filters.CandidatesFor(OpportunityKind.Job, id), ct));
}
