using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Aftercare;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

/// <summary><c>/api/v1/coaches</c>: the people a coach looks after.</summary>
internal static class CoachesEndpoints
{
    public const string Tag = "Coaching";


    private const string PeopleDescription =
        "Each person with their district, placements still open (placed job matches without an outcome), the next check-in " +
        "not yet done (overdue when its day has passed) and the number of open escalations. People without a check-in to do come last.";

    public static void MapCoachesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/coaches").WithTags(Tag);

        group.MapGet("/me/people", ListMyPeople)
            .RequirePolicy(Policies.Coaching)
            .WithName("ListMyPeople")
            .WithSummary("The calling coach's people, nearest check-in first")
            .WithDescription(PeopleDescription);

        group.MapGet("/{coachId:guid}/people", ListCoachPeople)
            .RequirePolicy(Policies.ManageAftercare)
            .WithName("ListCoachPeople")
            .WithSummary("A coach's people, nearest check-in first")
            .WithDescription(PeopleDescription + " 404 when coachId is not a coach account.");
    }

    private static async Task<Ok<PagedList<CoachPersonDto>>> ListMyPeople(IMediator mediator, CancellationToken ct, [AsParameters] PageRequest paging) =>
        TypedResults.Ok(await mediator.Send(new ListCoachPeopleQuery(null, paging.Page, paging.PageSize), ct));

    private static async Task<Ok<PagedList<CoachPersonDto>>> ListCoachPeople(Guid coachId, IMediator mediator, CancellationToken ct, [AsParameters] PageRequest paging) =>
        TypedResults.Ok(await mediator.Send(new ListCoachPeopleQuery(coachId, paging.Page, paging.PageSize), ct));
}
