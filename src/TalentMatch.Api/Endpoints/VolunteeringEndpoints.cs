using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Volunteering;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

internal static class VolunteeringEndpoints
{
    private const string Tag = "Volunteering";

    private static readonly string[] MayLogHours = [.. VolunteerHoursRules.Staff, Roles.JobSeeker];
    private static readonly string[] MayReadHours = [.. VolunteerHoursRules.Staff, Roles.Employer, Roles.JobSeeker];
    private static readonly string[] MayConfirmHours = [.. VolunteerHoursRules.NeighbourConfirmers, Roles.Employer];
    private static readonly string[] MayReadTotals = [.. Roles.PeopleStaff, Roles.JobSeeker];

    public static void MapVolunteeringApi(this RouteGroupBuilder api)
    {
        var hours = api.MapGroup("/volunteer-requests/{id:guid}/hours").WithTags(Tag);

        hours.MapPost("/", async Task<Created<VolunteerHoursDto>> (Guid id, LogVolunteerHoursCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created((string?)null, await mediator.Send(command with { VolunteerRequestId = id }, ct)))
            .RequireRoles(MayLogHours)
            .WithName("LogVolunteerHours")
            .WithSummary("Log the hours a volunteer gave on one day")
            .WithDescription(
                "By the volunteer (the profile's owner) or staff. The person needs a volunteering match on this request that is " +
                "accepted or done (409 otherwise). date is today or earlier (Antwerp time); hours more than 0 and at most 24; " +
                "one entry per person, request and day (409).");

        hours.MapGet("/", async Task<Ok<PagedList<VolunteerHoursDto>>> (Guid id, IMediator mediator, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListVolunteerHoursQuery(id, page, pageSize), ct)))
            .RequireRoles(MayReadHours)
            .WithName("ListVolunteerHours")
            .WithSummary("Hours logged on a volunteer request, newest day first")
            .WithDescription("Staff and employers of the requesting organisation see every entry; a volunteer sees only their own.");

        hours.MapPost("/{entryId:guid}/confirm", async Task<Ok<VolunteerHoursDto>> (Guid id, Guid entryId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ConfirmVolunteerHoursCommand(id, entryId), ct)))
            .RequireRoles(MayConfirmHours)
            .WithName("ConfirmVolunteerHours")
            .WithSummary("Confirm hours as the requester")
            .WithDescription(
                "An employer of the requesting organisation; for a neighbour's request (no organisation) a matchmaker or admin " +
                "on the neighbour's behalf. Nobody confirms hours they logged or that are their own (403). Confirming twice: 409.");

        api.MapGet("/profiles/{id:guid}/volunteer-hours", async Task<Ok<VolunteerHoursSummaryDto>> (Guid id, IMediator mediator, CancellationToken ct, DateOnly? from = null, DateOnly? to = null) =>
                TypedResults.Ok(await mediator.Send(new GetVolunteerHoursSummaryQuery(id, from, to), ct)))
            .RequireRoles(MayReadTotals)
            .WithTags(Tag)
            .WithName("VolunteerHoursOfProfile")
            .WithSummary("A person's volunteer hours: confirmed and pending, in total and per request")
            .WithDescription("The person themself or staff who work with people. from and to (both included) narrow the days counted.");
    }
}
