using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Matchmaking;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;

namespace TalentMatch.Api.Endpoints;

internal static class MatchmakingEndpoints
{
    private static readonly string[] MayTransition = [.. MatchAccess.Movers, Roles.Coach, Roles.JobSeeker, Roles.Employer];
    private static readonly string[] MaySpeakForPerson = [.. MatchAccess.Movers, Roles.Coach, Roles.JobSeeker];

    private const string PersonDescription =
        "The person on a match: staff and the person see every field; an Employer sees only the fields the person agreed to " +
        "disclose when accepting, while that consent stands, and otherwise only profileId and district. Employers see no " +
        "reasons and not who moved the match.";

    public static void MapMatchmakingApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/matches").WithTags("Matchmaking");

        group.MapPost("/", async Task<Created<MatchDto>> (CreateMatchCommand command, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var created = http.WithETag(await mediator.Send(command, ct));
                return TypedResults.Created($"/api/v1/matches/{created.Id}", created);
            })
            .RequireRoles(MatchAccess.Movers)
            .WithName("CreateMatch")
            .WithSummary("Shortlist a person for a vacancy or volunteer request")
            .WithDescription(
                "Give profileId and exactly one of vacancyId or volunteerRequestId. The match starts shortlisted with the engine's " +
                "score and explanation for this pair, kept as they are. 409 for a private profile, an opportunity that is not open, " +
                "or an open match for the same person and opportunity (existingMatchId names it).");

        group.MapGet("/", async Task<Ok<PagedList<MatchDto>>> (IMediator mediator, CancellationToken ct, [QueryEnum(typeof(MatchState))] string? state, Guid? vacancyId, Guid? volunteerRequestId, Guid? profileId, Guid? matchmakerId, Guid? coachId, int page = 1, int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListMatchesQuery(QueryValues.Enum<MatchState>(state, nameof(state)), vacancyId, volunteerRequestId, profileId, matchmakerId, coachId, page, pageSize), ct)))
            .RequireSignedIn()
            .WithName("ListMatches")
            .WithSummary("List the matches you may see, newest first")
            .WithDescription(
                "Admins, matchmakers and job hunters see every match; a coach those of the people they coach; a job seeker their own; " +
                "an employer their organisation's, once past the shortlist. " + PersonDescription);

        group.MapGet("/{id:guid}", async Task<Ok<MatchDto>> (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(http.WithETag(await mediator.Send(new GetMatchQuery(id), ct))))
            .RequireSignedIn()
            .WithName("GetMatch")
            .WithSummary("Get a match with its history (with ETag)")
            .WithDescription("404 for a match you may not see. " + PersonDescription);

        group.MapPost("/{id:guid}/transitions", async Task<Ok<MatchDto>> (Guid id, TransitionMatchCommand command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(http.WithETag(await mediator.Send(command with { Id = id, IfMatch = ifMatch }, ct))))
            .RequireRoles(MayTransition)
            .WithName("TransitionMatch")
            .WithSummary("Move a match on (honours If-Match)")
            .WithDescription(
                "Jobs: shortlisted → proposed → accepted | declined → introduced → placed | closed, placed → closed. " +
                "Volunteering: shortlisted → offered → accepted | declined → done. Any open state may be withdrawn. " +
                "A move not allowed answers 409 with currentState and allowedTransitions. placed needs startDate and contract " +
                "(and plans the aftercare check-ins); closed and withdrawn need a reason. accepted and declined are the person's " +
                "answer, with their own account; for a person without one, an admin, a matchmaker or their coach records it with " +
                "a reason saying how. Accepting discloses the fields in disclose (name, email, phone, postcode; all four when left out). " +
                "Admins and matchmakers make every other move; the organisation behind a volunteer request may also mark it done.");

        group.MapPost("/{id:guid}/consent/withdraw", async Task<Ok<MatchDto>> (Guid id, WithdrawConsentCommand? command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(http.WithETag(await mediator.Send((command ?? new WithdrawConsentCommand(null)) with { Id = id, IfMatch = ifMatch }, ct))))
            .RequireRoles(MaySpeakForPerson)
            .WithName("WithdrawMatchConsent")
            .WithSummary("Withdraw the person's consent: the employer sees the match anonymised again (honours If-Match)")
            .WithDescription(
                "By the person, with their own account; for a person without one, an admin, a matchmaker or their coach records it " +
                "with a reason saying how the person asked. 409 when there is no consent to withdraw.");
    }
}
