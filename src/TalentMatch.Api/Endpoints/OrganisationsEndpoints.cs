using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Organisations;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

/// <summary><c>/api/v1/organisations</c>: employers and the other organisations behind opportunities.</summary>
internal static class OrganisationsEndpoints
{
    /// <summary>Everyone but job seekers: staff see every organisation, an employer their own.</summary>


    public static void MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisations");

        group.MapPost("/", CreateOrganisation)
            .ProducesETag()
            .RequirePolicy(Policies.OpportunityStaff)
            .WithName("CreateOrganisation")
            .WithSummary("Register an organisation (409 when the same name exists at the same postcode)");

        group.MapGet("/", ListOrganisations)
            .RequirePolicy(Policies.SeeOrganisations)
            .WithName("ListOrganisations")
            .WithSummary("List organisations by name (an employer sees only their own)");

        group.MapGet("/{id:guid}", GetOrganisation)
            .ProducesETag()
            .RequirePolicy(Policies.SeeOrganisations)
            .WithName("GetOrganisation")
            .WithSummary("Get an organisation (with ETag)");

        group.MapPut("/{id:guid}", UpdateOrganisation)
            .ProducesETag()
            .RequirePolicy(Policies.ChangeOrganisations)
            .WithName("UpdateOrganisation")
            .WithSummary("Replace an organisation (honours If-Match)");
    }

    private static async Task<Created<OrganisationDto>> CreateOrganisation(CreateOrganisationCommand command, IMediator mediator, HttpContext http, CancellationToken ct) =>
        http.CreatedWithETag(await mediator.Send(command, ct), created => $"/api/v1/organisations/{created.Id}");

    private static async Task<Ok<PagedList<OrganisationSummaryDto>>> ListOrganisations(IMediator mediator, CancellationToken ct, string? q, [AsParameters] PageRequest paging) =>
        TypedResults.Ok(await mediator.Send(new ListOrganisationsQuery(q, paging.Page, paging.PageSize), ct));

    private static async Task<Ok<OrganisationDto>> GetOrganisation(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.WithETag(await mediator.Send(new GetOrganisationQuery(id), ct)));

    private static async Task<Ok<OrganisationDto>> UpdateOrganisation(
        Guid id, UpdateOrganisationCommand command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.WithETag(await mediator.Send(command with { Id = id, IfMatch = ifMatch }, ct)));
}
