using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Organisations;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

internal static class OrganisationsEndpoints
{
    /// <summary>Everyone but job seekers: staff see every organisation, an employer their own.</summary>
    private static readonly string[] MaySeeOrganisations = [.. Roles.All.Where(r => r != Roles.JobSeeker)];

    private static readonly string[] MayChangeOrganisations = [.. Roles.OpportunityStaff, Roles.Employer];

    public static void MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisations").RequireRoles(MaySeeOrganisations);

        group.MapPost("/", async Task<Created<OrganisationDto>> (CreateOrganisationCommand command, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var created = http.WithETag(await mediator.Send(command, ct));
                return TypedResults.Created($"/api/v1/organisations/{created.Id}", created);
            })
            .RequireRoles(Roles.OpportunityStaff)
            .WithName("CreateOrganisation")
            .WithSummary("Register an organisation (409 when the same name exists at the same postcode)");

        group.MapGet("/", async Task<Ok<PagedList<OrganisationSummaryDto>>> (IMediator mediator, CancellationToken ct, string? q, int page = 1, int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListOrganisationsQuery(q, page, pageSize), ct)))
            .WithName("ListOrganisations")
            .WithSummary("List organisations by name (an employer sees only their own)");

        group.MapGet("/{id:guid}", async Task<Ok<OrganisationDto>> (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(http.WithETag(await mediator.Send(new GetOrganisationQuery(id), ct))))
            .WithName("GetOrganisation")
            .WithSummary("Get an organisation (with ETag)");

        group.MapPut("/{id:guid}", async Task<Ok<OrganisationDto>> (Guid id, UpdateOrganisationCommand command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(http.WithETag(await mediator.Send(command with { Id = id, IfMatch = ifMatch }, ct))))
            .RequireRoles(MayChangeOrganisations)
            .WithName("UpdateOrganisation")
            .WithSummary("Replace an organisation (honours If-Match)");
    }
}
