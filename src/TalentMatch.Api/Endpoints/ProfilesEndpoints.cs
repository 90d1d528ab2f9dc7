using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Profiles;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

internal static class ProfilesEndpoints
{
    private static readonly string[] MayHaveProfiles = [.. Roles.PeopleStaff, Roles.JobSeeker];

    public static void MapProfilesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/profiles").WithTags("Profiles").RequireRoles(MayHaveProfiles);

        group.MapPost("/", async Task<Created<CreatedProfileDto>> (CreateProfileCommand command, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/profiles/{created.Profile.Id}", created);
            })
            .WithName("CreateProfile")
            .WithSummary("Create a talent profile")
            .WithDescription("A job seeker creates their own (one per account). Staff create one on a person's behalf and receive a one-time claimCode the person uses to take ownership.");

        group.MapGet("/", async Task<Ok<PagedList<ProfileSummaryDto>>> (IMediator mediator, CancellationToken ct, string? q, string? postcode, [QueryEnum(typeof(OpportunityKind))] string? seeks, Guid? competenceId, Guid? coachId, int page = 1, int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListProfilesQuery(q, postcode, QueryValues.Enum<OpportunityKind>(seeks, nameof(seeks)), competenceId, coachId, page, pageSize), ct)))
            .RequireRoles(Roles.PeopleStaff)
            .WithName("ListProfiles")
            .WithSummary("List talent profiles (staff)");

        group.MapGet("/me", async Task<Ok<ProfileDto>> (IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(http.WithETag(await mediator.Send(new GetMyProfileQuery(), ct))))
            .WithName("GetMyProfile")
            .WithSummary("Get the signed-in person's own profile (with ETag)")
            .WithDescription("The profile the caller owns (created themself, or claimed with a code); 404 when they own none.");

        group.MapGet("/{id:guid}", async Task<Ok<ProfileDto>> (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(http.WithETag(await mediator.Send(new GetProfileQuery(id), ct))))
            .WithName("GetProfile")
            .WithSummary("Get a talent profile (with ETag)");

        group.MapPut("/{id:guid}", async Task<Ok<ProfileDto>> (Guid id, UpdateProfileCommand command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(http.WithETag(await mediator.Send(command with { Id = id, IfMatch = ifMatch }, ct))))
            .WithName("UpdateProfile")
            .WithSummary("Replace a talent profile (honours If-Match)");

        group.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteProfileCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteProfile")
            .WithSummary("Delete a talent profile and all its personal data");

        group.MapGet("/{id:guid}/suggested-competences", async Task<Ok<IReadOnlyList<SuggestedCompetenceDto>>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SuggestedCompetencesQuery(id), ct)))
            .WithName("SuggestedCompetences")
            .WithSummary("Competences implied by the person's experiences, not yet on the profile");

        group.MapPost("/{id:guid}/claim-code", async Task<Ok<ClaimCodeDto>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new IssueClaimCodeCommand(id), ct)))
            .RequireRoles(Roles.PeopleStaff)
            .WithName("IssueClaimCode")
            .WithSummary("Issue a new one-time claim code for an unclaimed profile (staff)");

        group.MapPost("/{id:guid}/claim", async Task<Ok<ProfileDto>> (Guid id, ClaimRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ClaimProfileCommand(id, body.Code), ct)))
            .RequireRoles(Roles.JobSeeker)
            .WithName("ClaimProfile")
            .WithSummary("Take ownership of a profile staff created for you, with its one-time code");
    }

    internal sealed record ClaimRequest(string? Code);
}
