using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Aftercare;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

internal static class AftercareEndpoints
{
    private const string CoachingTag = "Coaching";
    private const string AftercareTag = "Aftercare";

    private static readonly string[] Managers = [Roles.Matchmaker, Roles.Admin];
    private static readonly string[] CoachesAndManagers = [Roles.Coach, .. Managers];
    private static readonly string[] SeeCoach = [.. Roles.PeopleStaff, Roles.JobSeeker];

    public static void MapAftercareApi(this RouteGroupBuilder api)
    {
        MapCoaching(api);

        var aftercare = api.MapGroup("/aftercare").WithTags(AftercareTag);
        MapCheckIns(aftercare);
        MapEscalations(aftercare);

        api.MapPut("/matches/{id:guid}/outcome", async Task<Ok<OutcomeDto>> (Guid id, RecordOutcomeCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { MatchId = id }, ct)))
            .RequireRoles(CoachesAndManagers)
            .WithTags(AftercareTag)
            .WithName("RecordOutcome")
            .WithSummary("Record the outcome of a placement: still working, or left with a reason")
            .WithDescription("The person's coach, a matchmaker or an admin. Only a placed job match has an outcome (409 otherwise); stillWorking=false needs a reason. Recording again corrects the outcome.");
    }

    private static void MapCoaching(RouteGroupBuilder api)
    {
        api.MapPut("/profiles/{id:guid}/coach", async Task<Ok<ProfileCoachDto>> (Guid id, AssignCoachCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { ProfileId = id }, ct)))
            .RequireRoles(Managers)
            .WithTags(CoachingTag)
            .WithName("AssignCoach")
            .WithSummary("Give a person a coach, another coach, or none")
            .WithDescription("One person, one coach. coachUserId must be a Coach account (400 otherwise); null leaves the person without a coach. The change is kept in the history and the new coach is notified. Assigning the current coach again changes nothing.");

        api.MapGet("/profiles/{id:guid}/coach", async Task<Ok<ProfileCoachDto>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCoachQuery(id), ct)))
            .RequireRoles(SeeCoach)
            .WithTags(CoachingTag)
            .WithName("GetCoach")
            .WithSummary("Who a person's coach is")
            .WithDescription("The person themself sees their coach; staff who work with people also see the history (who, when, by whom, why).");

        api.MapGet("/coaches/me/people", async Task<Ok<PagedList<CoachPersonDto>>> (IMediator mediator, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListCoachPeopleQuery(null, page, pageSize), ct)))
            .RequireRoles(Roles.Coach)
            .WithTags(CoachingTag)
            .WithName("ListMyPeople")
            .WithSummary("The calling coach's people, nearest check-in first")
            .WithDescription(PeopleDescription);

        api.MapGet("/coaches/{coachId:guid}/people", async Task<Ok<PagedList<CoachPersonDto>>> (Guid coachId, IMediator mediator, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListCoachPeopleQuery(coachId, page, pageSize), ct)))
            .RequireRoles(Managers)
            .WithTags(CoachingTag)
            .WithName("ListCoachPeople")
            .WithSummary("A coach's people, nearest check-in first")
            .WithDescription(PeopleDescription + " 404 when coachId is not a coach account.");
    }

    private const string PeopleDescription =
        "Each person with their district, placements still open (placed job matches without an outcome), the next check-in " +
        "not yet done (overdue when its day has passed) and the number of open escalations. People without a check-in to do come last.";

    private static void MapCheckIns(RouteGroupBuilder aftercare)
    {
        var checkIns = aftercare.MapGroup("/check-ins").RequireRoles(CoachesAndManagers);

        checkIns.MapGet("/", async Task<Ok<PagedList<CheckInDto>>> (IMediator mediator, CancellationToken ct, Guid? coachId, Guid? profileId, Guid? matchId, [QueryEnum(typeof(CheckInState))] string? due, int page = 1, int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListCheckInsQuery(coachId, profileId, matchId, QueryValues.Enum<CheckInState>(due, nameof(due)), page, pageSize), ct)))
            .WithName("ListCheckIns")
            .WithSummary("Aftercare check-ins, earliest due first")
            .WithDescription(
                "due=overdue: not done and due before today; upcoming: not done and due today or later; completed: done. " +
                "A coach sees the check-ins of their own people (coachId is theirs or left out); matchmakers and admins any.");

        checkIns.MapGet("/{id:guid}", async Task<Ok<CheckInDto>> (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(http.WithETag(await mediator.Send(new GetCheckInQuery(id), ct))))
            .WithName("GetCheckIn")
            .WithSummary("Get a check-in (with ETag)")
            .WithDescription("The person's coach, a matchmaker or an admin.");

        checkIns.MapPut("/{id:guid}", async Task<Ok<CheckInDto>> (Guid id, RecordCheckInCommand command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(http.WithETag(await mediator.Send(command with { Id = id, IfMatch = ifMatch }, ct))))
            .WithName("RecordCheckIn")
            .WithSummary("Record a check-in (honours If-Match)")
            .WithDescription(
                "The person's coach, a matchmaker or an admin. completedAt is not in the future nor before the placement's start; " +
                "wellbeing 1-5. risk=high raises an escalation to the placement's matchmaker (one open escalation per check-in).");
    }

    private static void MapEscalations(RouteGroupBuilder aftercare)
    {
        aftercare.MapGet("/escalations", async Task<Ok<PagedList<EscalationDto>>> (IMediator mediator, CancellationToken ct, bool? open, Guid? matchmakerId, int page = 1, int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListEscalationsQuery(open, matchmakerId, page, pageSize), ct)))
            .RequireRoles(CoachesAndManagers)
            .WithName("ListEscalations")
            .WithSummary("Escalations raised at check-ins, oldest first")
            .WithDescription("A matchmaker sees their own unless matchmakerId names another; an admin sees all; a coach those of their own people. open=true|false filters.");

        aftercare.MapPost("/escalations/{id:guid}/resolve", async Task<Ok<EscalationDto>> (Guid id, ResolveEscalationCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .RequireRoles(Managers)
            .WithName("ResolveEscalation")
            .WithSummary("Resolve an escalation, saying what was done")
            .WithDescription("Resolving an escalation that is already resolved is a conflict (409).");
    }
}
