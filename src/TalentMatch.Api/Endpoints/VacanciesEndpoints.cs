using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Vacancies;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Api.Endpoints;

internal static class VacanciesEndpoints
{
    private static readonly string[] MayWriteVacancies = [.. Roles.OpportunityStaff, Roles.Employer];

    public static void MapVacanciesApi(this RouteGroupBuilder api)
    {
        // Everyone signed in reads: job seekers only open vacancies, employers only their own.
        var group = api.MapGroup("/vacancies").WithTags("Vacancies").RequireSignedIn();

        group.MapPost("/", async Task<Created<VacancyDto>> (CreateVacancyCommand command, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var created = http.WithETag(await mediator.Send(command, ct));
                return TypedResults.Created($"/api/v1/vacancies/{created.Id}", created);
            })
            .RequireRoles(MayWriteVacancies)
            .WithName("CreateVacancy")
            .WithSummary("Create a vacancy (an employer only for their own organisation)");

        group.MapPost("/from-occupation", async Task<Created<VacancyDto>> (CreateVacancyFromOccupationCommand command, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var created = http.WithETag(await mediator.Send(command, ct));
                return TypedResults.Created($"/api/v1/vacancies/{created.Id}", created);
            })
            .RequireRoles(MayWriteVacancies)
            .WithName("CreateVacancyFromOccupation")
            .WithSummary("Start a draft vacancy from an occupation's essential and optional competences");

        group.MapGet("/", async Task<Ok<PagedList<VacancySummaryDto>>> (IMediator mediator, CancellationToken ct, string? status, Guid? organisationId, Guid? occupationId, string? q, string? postcode, int page = 1, int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListVacanciesQuery(status, organisationId, occupationId, q, postcode, page, pageSize), ct)))
            .WithName("ListVacancies")
            .WithSummary("List vacancies (job seekers: open ones; employers: their own)");

        group.MapGet("/{id:guid}", async Task<Ok<VacancyDto>> (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(http.WithETag(await mediator.Send(new GetVacancyQuery(id), ct))))
            .WithName("GetVacancy")
            .WithSummary("Get a vacancy (with ETag)");

        group.MapPut("/{id:guid}", async Task<Ok<VacancyDto>> (Guid id, UpdateVacancyCommand command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(http.WithETag(await mediator.Send(command with { Id = id, IfMatch = ifMatch }, ct))))
            .RequireRoles(MayWriteVacancies)
            .WithName("UpdateVacancy")
            .WithSummary("Replace a vacancy, status included (honours If-Match)");

        group.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteVacancyCommand(id), ct);
                return TypedResults.NoContent();
            })
            .RequireRoles(MayWriteVacancies)
            .WithName("DeleteVacancy")
            .WithSummary("Delete a draft or closed vacancy (an open one: 409, close it first)");
    }
}
