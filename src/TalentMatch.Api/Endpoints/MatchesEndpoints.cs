using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Aftercare;
using TalentMatch.Application.Features.Matchmaking;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;

namespace TalentMatch.Api.Endpoints;

/// <summary><c>/api/v1/matches</c>: the match lifecycle, from the shortlist to the outcome of a placement.</summary>
internal static class MatchesEndpoints
{

    private const string PersonDescription =
        "The person on a match: staff and the person see every field; an Employer sees only the fields the person agreed to " +
        "disclose when accepting, while that consent stands, and otherwise only profileId and district. Employers see no " +
        "reasons and not who moved the match.";

    public static void MapMatchesApi(this RouteGroupBuilder api)
    {
        var matches = api.MapGroup("/matches");
        MapLifecycle(matches.MapGroup("").WithTags("Matchmaking"));

        matches.MapPut("/{id:guid}/outcome", RecordOutcome)
            .RequirePolicy(Policies.FollowUp)
            .WithTags(AftercareEndpoints.Tag)
            .WithName("RecordOutcome")
            .WithSummary("Record the outcome of a placement: still working, or left with a reason")
            .WithDescription("The person's coach, a matchmaker or an admin. Only a placed job match has an outcome (409 otherwise); stillWorking=false needs a reason. Recording again corrects the outcome.");
    }

    private static void MapLifecycle(RouteGroupBuilder group)
    {
        group.MapPost("/", CreateMatch)
            .ProducesETag()
            .RequirePolicy(Policies.ProposeMatches)
            .WithName("CreateMatch")
            .WithSummary("Shortlist a person for a vacancy or volunteer request")
            .WithDescription(
                "Give profileId and exactly one of vacancyId or volunteerRequestId. The match starts shortlisted with the engine's " +
                "score and explanation for this pair, kept as they are. 409 for a private profile, an opportunity that is not open, " +
                "or an open match for the same person and opportunity (existingMatchId names it).");

        group.MapGet("/", ListMatches)
            .RequirePolicy(Policies.SeeMatches)
            .WithName("ListMatches")
            .WithSummary("List the matches you may see, newest first")
            .WithDescription(
                "Admins, matchmakers and job hunters see every match; a coach those of the people they coach; a job seeker their own; " +
                "an employer their organisation's, once past the shortlist. " + PersonDescription);

        group.MapGet("/{id:guid}", GetMatch)
            .ProducesETag()
            .RequirePolicy(Policies.SeeMatches)
            .WithName("GetMatch")
            .WithSummary("Get a match with its history (with ETag)")
            .WithDescription("404 for a match you may not see. " + PersonDescription);

        group.MapPost("/{id:guid}/transitions", TransitionMatch)
            .ProducesETag()
            .RequirePolicy(Policies.MoveMatches)
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

        group.MapPost("/{id:guid}/consent/withdraw", WithdrawMatchConsent)
            .ProducesETag()
            .RequirePolicy(Policies.SpeakForPerson)
            .WithName("WithdrawMatchConsent")
            .WithSummary("Withdraw the person's consent: the employer sees the match anonymised again (honours If-Match)")
            .WithDescription(
                "By the person, with their own account; for a person without one, an admin, a matchmaker or their coach records it " +
                "with a reason saying how the person asked. 409 when there is no consent to withdraw.");
    }

    private static async Task<Created<MatchDto>> CreateMatch(CreateMatchCommand command, IMediator mediator, HttpContext http, CancellationToken ct) =>
        http.CreatedWithETag(await mediator.Send(command, ct), created => $"/api/v1/matches/{created.Id}");

    private static async Task<Ok<PagedList<MatchDto>>> ListMatches(
        IMediator mediator,
        CancellationToken ct,
        [QueryEnum(typeof(MatchState))] string? state,
        Guid? vacancyId,
        Guid? volunteerRequestId,
        Guid? profileId,
        Guid? matchmakerId,
        Guid? coachId,
        [AsParameters] PageRequest paging) =>
        TypedResults.Ok(await mediator.Send(
            new ListMatchesQuery(QueryValues.Enum<MatchState>(state, nameof(state)), vacancyId, volunteerRequestId, profileId, matchmakerId, coachId, paging.Page, paging.PageSize), ct));

    private static async Task<Ok<MatchDto>> GetMatch(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.WithETag(await mediator.Send(new GetMatchQuery(id), ct)));

    private static async Task<Ok<MatchDto>> TransitionMatch(
        Guid id, TransitionMatchCommand command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.WithETag(await mediator.Send(command with { Id = id, IfMatch = ifMatch }, ct)));

    private static async Task<Ok<MatchDto>> WithdrawMatchConsent(
        Guid id, WithdrawConsentCommand? command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.WithETag(await mediator.Send((command ?? new WithdrawConsentCommand(null)) with { Id = id, IfMatch = ifMatch }, ct)));

    private static async Task<Ok<OutcomeDto>> RecordOutcome(Guid id, RecordOutcomeCommand command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { MatchId = id }, ct));
}
