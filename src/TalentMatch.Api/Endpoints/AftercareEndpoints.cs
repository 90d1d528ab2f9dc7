using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Aftercare;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

/// <summary><c>/api/v1/aftercare</c>: check-ins after a placement and the escalations they raise.</summary>
internal static class AftercareEndpoints
{
    public const string Tag = "Aftercare";


    public static void MapAftercareApi(this RouteGroupBuilder api)
    {
        var aftercare = api.MapGroup("/aftercare").WithTags(Tag);
        MapCheckIns(aftercare.MapGroup("/check-ins").RequirePolicy(Policies.FollowUp));
        MapEscalations(aftercare);
    }

    private static void MapCheckIns(RouteGroupBuilder checkIns)
    {
        checkIns.MapGet("/", ListCheckIns)
            .WithName("ListCheckIns")
            .WithSummary("Aftercare check-ins, earliest due first")
            .WithDescription(
                "due=overdue: not done and due before today; upcoming: not done and due today or later; completed: done. " +
                "A coach sees the check-ins of their own people (coachId is theirs or left out); matchmakers and admins any.");

        checkIns.MapGet("/{id:guid}", GetCheckIn)
            .ProducesETag()
            .WithName("GetCheckIn")
            .WithSummary("Get a check-in (with ETag)")
            .WithDescription("The person's coach, a matchmaker or an admin.");

        checkIns.MapPut("/{id:guid}", RecordCheckIn)
            .ProducesETag()
            .WithName("RecordCheckIn")
            .WithSummary("Record a check-in (honours If-Match)")
            .WithDescription(
                "The person's coach, a matchmaker or an admin. completedAt is not in the future nor before the placement's start; " +
                "wellbeing 1-5. risk=high raises an escalation to the placement's matchmaker (one open escalation per check-in).");
    }

    private static void MapEscalations(RouteGroupBuilder aftercare)
    {
        aftercare.MapGet("/escalations", ListEscalations)
            .RequirePolicy(Policies.FollowUp)
            .WithName("ListEscalations")
            .WithSummary("Escalations raised at check-ins, oldest first")
            .WithDescription("A matchmaker sees their own unless matchmakerId names another; an admin sees all; a coach those of their own people. open=true|false filters.");

        aftercare.MapPost("/escalations/{id:guid}/resolve", ResolveEscalation)
            .RequirePolicy(Policies.ManageAftercare)
            .WithName("ResolveEscalation")
            .WithSummary("Resolve an escalation, saying what was done")
            .WithDescription("Resolving an escalation that is already resolved is a conflict (409).");
    }

    private static async Task<Ok<PagedList<CheckInDto>>> ListCheckIns(
        IMediator mediator,
        CancellationToken ct,
        Guid? coachId,
        Guid? profileId,
        Guid? matchId,
        [QueryEnum(typeof(CheckInState))] string? due,
        [AsParameters] PageRequest paging) =>
        TypedResults.Ok(await mediator.Send(
            new ListCheckInsQuery(coachId, profileId, matchId, QueryValues.Enum<CheckInState>(due, nameof(due)), paging.Page, paging.PageSize), ct));

    private static async Task<Ok<CheckInDto>> GetCheckIn(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.WithETag(await mediator.Send(new GetCheckInQuery(id), ct)));

    private static async Task<Ok<CheckInDto>> RecordCheckIn(
        Guid id, RecordCheckInCommand command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.WithETag(await mediator.Send(command with { Id = id, IfMatch = ifMatch }, ct)));

    private static async Task<Ok<PagedList<EscalationDto>>> ListEscalations(
        IMediator mediator, CancellationToken ct, bool? open, Guid? matchmakerId, [AsParameters] PageRequest paging) =>
        TypedResults.Ok(await mediator.Send(new ListEscalationsQuery(open, matchmakerId, paging.Page, paging.PageSize), ct));

    private static async Task<Ok<EscalationDto>> ResolveEscalation(Guid id, ResolveEscalationCommand command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));
}
