using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.VolunteerRequests;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Api.Endpoints;

internal static class VolunteerRequestsEndpoints
{
    private static readonly string[] MayWriteVolunteerRequests = [.. VolunteerRequestRules.Writers, Roles.Employer];

    public static void MapVolunteerRequestsApi(this RouteGroupBuilder api)
    {
        // Everyone signed in reads: job seekers look for volunteering too (open requests only).
        var group = api.MapGroup("/volunteer-requests").WithTags("Volunteer requests").RequireSignedIn();

        group.MapPost("/", async Task<Created<VolunteerRequestDto>> (CreateVolunteerRequestCommand command, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var created = http.WithETag(await mediator.Send(command, ct));
                return TypedResults.Created($"/api/v1/volunteer-requests/{created.Id}", created);
            })
            .RequireRoles(MayWriteVolunteerRequests)
            .WithName("CreateVolunteerRequest")
            .WithSummary("Ask for volunteers (Helpende handen), for an organisation or a neighbour");

        group.MapGet("/", async Task<Ok<PagedList<VolunteerRequestSummaryDto>>> (IMediator mediator, CancellationToken ct, string? status, Guid? organisationId, string? q, string? postcode, int page = 1, int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListVolunteerRequestsQuery(status, organisationId, q, postcode, page, pageSize), ct)))
            .WithName("ListVolunteerRequests")
            .WithSummary("List volunteer requests (job seekers: open ones; employers: their own)");

        group.MapGet("/{id:guid}", async Task<Ok<VolunteerRequestDto>> (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(http.WithETag(await mediator.Send(new GetVolunteerRequestQuery(id), ct))))
            .WithName("GetVolunteerRequest")
            .WithSummary("Get a volunteer request (with ETag)");

        group.MapPut("/{id:guid}", async Task<Ok<VolunteerRequestDto>> (Guid id, UpdateVolunteerRequestCommand command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(http.WithETag(await mediator.Send(command with { Id = id, IfMatch = ifMatch }, ct))))
            .RequireRoles(MayWriteVolunteerRequests)
            .WithName("UpdateVolunteerRequest")
            .WithSummary("Replace a volunteer request, status included (honours If-Match)");

        group.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteVolunteerRequestCommand(id), ct);
                return TypedResults.NoContent();
            })
            .RequireRoles(MayWriteVolunteerRequests)
            .WithName("DeleteVolunteerRequest")
            .WithSummary("Delete a draft or closed volunteer request (an open one: 409, close it first)");
    }
}
