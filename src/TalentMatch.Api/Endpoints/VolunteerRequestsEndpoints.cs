using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Matchmaking;
using TalentMatch.Application.Features.Ranking;
using TalentMatch.Application.Features.Volunteering;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

/// <summary><c>/api/v1/volunteer-requests</c>: volunteer requests, their ranked candidates and the hours volunteers give.</summary>
internal static class VolunteerRequestsEndpoints
{
    public const string VolunteeringTag = "Volunteering";


    public static void MapVolunteerRequestsApi(this RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/volunteer-requests");

        // Everyone signed in reads: job seekers look for volunteering too (open requests only).
        MapRequests(requests.MapGroup("").WithTags("Volunteer requests"));

        requests.MapGet("/{id:guid}/matches", VolunteerRequestMatches)
            .RequirePolicy(Policies.SeeCandidates)
            .WithTags(Ranking.Tag)
            .WithName("VolunteerRequestMatches")
            .WithSummary("Ranked, explained candidates for a volunteer request")
            .WithDescription(Ranking.CandidateDescription);

        requests.MapPost("/{id:guid}/offers", OfferHelp)
            .ProducesETag()
            .RequirePolicy(Policies.OfferHelp)
            .WithTags(VolunteeringTag)
            .WithName("OfferHelp")
            .WithSummary("Offer to help on a neighbour's request, as the volunteer")
            .WithDescription(
                "The signed-in person offers to help with their own profile on an open request without organisation. The match is " +
                "made with the engine's score and accepted at once (the neighbour sees the volunteer's name), so the volunteer logs " +
                "hours that the neighbour confirms. 404 without an own profile or for a request that is not open; 409 for an " +
                "organisation's request (the matchmaker proposes volunteers there), the person's own request, a private profile, " +
                "or an open match on this request (existingMatchId names it).");

        MapHours(requests.MapGroup("/{id:guid}/hours").WithTags(VolunteeringTag));
    }

    private static void MapRequests(RouteGroupBuilder group)
    {
        group.MapPost("/", CreateVolunteerRequest)
            .ProducesETag()
            .RequirePolicy(Policies.WriteVolunteerRequests)
            .WithName("CreateVolunteerRequest")
            .WithSummary("Ask for volunteers (Helpende handen), for an organisation or a neighbour");

        group.MapGet("/", ListVolunteerRequests)
            .RequirePolicy(Policies.SignedIn)
            .WithName("ListVolunteerRequests")
            .WithSummary("List volunteer requests (job seekers: open ones; employers: their own)");

        group.MapGet("/{id:guid}", GetVolunteerRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesETag()
            .RequirePolicy(Policies.SignedIn)
            .WithName("GetVolunteerRequest")
            .WithSummary("Get a volunteer request (with ETag)");

        group.MapPut("/{id:guid}", UpdateVolunteerRequest)
            .ProducesETag()
            .RequirePolicy(Policies.WriteVolunteerRequests)
            .WithName("UpdateVolunteerRequest")
            .WithSummary("Replace a volunteer request, status included (honours If-Match)");

        group.MapDelete("/{id:guid}", DeleteVolunteerRequest)
            .RequirePolicy(Policies.WriteVolunteerRequests)
            .WithName("DeleteVolunteerRequest")
            .WithSummary("Delete a draft or closed volunteer request (an open one: 409, close it first)");
    }

    private static void MapHours(RouteGroupBuilder hours)
    {
        hours.MapPost("/", LogVolunteerHours)
            .RequirePolicy(Policies.LogVolunteerHours)
            .WithName("LogVolunteerHours")
            .WithSummary("Log the hours a volunteer gave on one day")
            .WithDescription(
                "By the volunteer (the profile's owner) or staff. The person needs a volunteering match on this request that is " +
                "accepted or done (409 otherwise). date is today or earlier (Antwerp time); hours more than 0 and at most 24; " +
                "one entry per person, request and day (409).");

        hours.MapGet("/", ListVolunteerHours)
            .RequirePolicy(Policies.ReadVolunteerHours)
            .WithName("ListVolunteerHours")
            .WithSummary("Hours logged on a volunteer request, newest day first")
            .WithDescription("Staff, employers of the requesting organisation and the neighbour who asked see every entry; a volunteer sees only their own.");

        hours.MapPost("/{entryId:guid}/confirm", ConfirmVolunteerHours)
            .RequirePolicy(Policies.ConfirmVolunteerHours)
            .WithName("ConfirmVolunteerHours")
            .WithSummary("Confirm hours as the requester")
            .WithDescription(
                "An employer of the requesting organisation; for a neighbour's request (no organisation) the neighbour who asked " +
                "it themself, or a matchmaker or admin on the neighbour's behalf. Nobody confirms hours they logged or that are their own (403). Confirming twice: 409. " +
                "On a request marked neighbourhood, the confirmation earns the volunteer Coins:PerHour coins per full hour (at most Coins:MonthlyCap a month), in the same transaction.");
    }

    private static async Task<Created<VolunteerRequestDto>> CreateVolunteerRequest(CreateVolunteerRequestCommand command, IMediator mediator, HttpContext http, CancellationToken ct) =>
        http.CreatedWithETag(await mediator.Send(command, ct), created => $"/api/v1/volunteer-requests/{created.Id}");

    private static async Task<Ok<PagedList<VolunteerRequestSummaryDto>>> ListVolunteerRequests(
        IMediator mediator, CancellationToken ct, string? status, Guid? organisationId, string? q, string? postcode, [AsParameters] PageRequest paging) =>
        TypedResults.Ok(await mediator.Send(new ListVolunteerRequestsQuery(status, organisationId, q, postcode, paging.Page, paging.PageSize), ct));

    private static async Task<Ok<VolunteerRequestDto>> GetVolunteerRequest(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.WithETag(await mediator.Send(new GetVolunteerRequestQuery(id), ct)));

    private static async Task<Ok<VolunteerRequestDto>> UpdateVolunteerRequest(
        Guid id, UpdateVolunteerRequestCommand command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.WithETag(await mediator.Send(command with { Id = id, IfMatch = ifMatch }, ct)));

    private static async Task<NoContent> DeleteVolunteerRequest(Guid id, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new DeleteVolunteerRequestCommand(id), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CandidateMatchListDto>> VolunteerRequestMatches(Guid id, IMediator mediator, CancellationToken ct, [AsParameters] RankingFilters filters) =>
        TypedResults.Ok(await mediator.Send(filters.CandidatesFor(OpportunityKind.Volunteering, id), ct));

    private static async Task<Created<MatchDto>> OfferHelp(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        http.CreatedWithETag(await mediator.Send(new OfferHelpCommand(id), ct), created => $"/api/v1/matches/{created.Id}");

    private static async Task<Created<VolunteerHoursDto>> LogVolunteerHours(Guid id, LogVolunteerHoursCommand command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Created((string?)null, await mediator.Send(command with { VolunteerRequestId = id }, ct));

    private static async Task<Ok<PagedList<VolunteerHoursDto>>> ListVolunteerHours(Guid id, IMediator mediator, CancellationToken ct, [AsParameters] PageRequest paging) =>
        TypedResults.Ok(await mediator.Send(new ListVolunteerHoursQuery(id, paging.Page, paging.PageSize), ct));

    private static async Task<Ok<VolunteerHoursDto>> ConfirmVolunteerHours(Guid id, Guid entryId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ConfirmVolunteerHoursCommand(id, entryId), ct));
}
