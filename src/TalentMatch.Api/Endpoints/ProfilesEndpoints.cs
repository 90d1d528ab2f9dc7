using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Aftercare;
using TalentMatch.Application.Features.Privacy;
using TalentMatch.Application.Features.Profiles;
using TalentMatch.Application.Features.Ranking;
using TalentMatch.Application.Features.Volunteering;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Privacy;

namespace TalentMatch.Api.Endpoints;

/// <summary>
/// <c>/api/v1/profiles</c>: the talent profile, and what hangs off it (its coach, a talent scout's
/// confirmation, volunteer hours, ranked opportunities).
/// </summary>
internal static class ProfilesEndpoints
{
    private const string Tag = "Profiles";

    public static void MapProfilesApi(this RouteGroupBuilder api)
    {
        var profiles = api.MapGroup("/profiles");
        MapProfile(profiles.MapGroup("").WithTags(Tag));
        MapAroundProfile(profiles);
    }

    private static void MapProfile(RouteGroupBuilder group)
    {
        group.MapPost("/", CreateProfile)
            .RequirePolicy(Policies.WorkWithProfiles)
            .WithName("CreateProfile")
            .WithSummary("Create a talent profile")
            .WithDescription("A job seeker creates their own (one per account). Staff create one on a person's behalf and receive a one-time claimCode the person uses to take ownership.");

        group.MapGet("/", ListProfiles)
            .RequirePolicy(Policies.PeopleStaff)
            .WithName("ListProfiles")
            .WithSummary("List talent profiles (staff)");

        group.MapGet("/me", GetMyProfile)
            .ProducesETag()
            .RequirePolicy(Policies.WorkWithProfiles)
            .WithName("GetMyProfile")
            .WithSummary("Get the signed-in person's own profile (with ETag)")
            .WithDescription("The profile the caller owns (created themself, or claimed with a code); 404 when they own none.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}", GetProfile)
            .ProducesETag()
            .RequirePolicy(Policies.WorkWithProfiles)
            .WithName("GetProfile")
            .WithSummary("Get a talent profile (with ETag)");

        group.MapPut("/{id:guid}", UpdateProfile)
            .ProducesETag()
            .RequirePolicy(Policies.WorkWithProfiles)
            .WithName("UpdateProfile")
            .WithSummary("Replace a talent profile (honours If-Match)");

        group.MapDelete("/{id:guid}", DeleteProfile)
            .RequirePolicy(Policies.EraseProfiles)
            .WithName("DeleteProfile")
            .WithSummary("Erase a person: the profile and every trace of them")
            .WithDescription(
                "The person's own act, or an admin's on a recorded request: an admin names the ground with reason " +
                "(noLongerNeeded, consentWithdrawn, objection, unlawful, legalObligation, personAsked; 400 without it). " +
                "Removes or anonymises everything about the person, their account included; the erasure is recorded without anything about them. " +
                "Staff deactivate a profile instead.");

        group.MapPost("/{id:guid}/deactivate", DeactivateProfile)
            .ProducesETag()
            .RequirePolicy(Policies.DeactivateProfiles)
            .WithName("DeactivateProfile")
            .WithSummary("Hide a profile from matching and ranked lists (reversible)")
            .WithDescription("The profile stays as it is but gets no new matches and is left out of candidate lists until it is reactivated. Deactivating again changes nothing.");

        group.MapPost("/{id:guid}/reactivate", ReactivateProfile)
            .ProducesETag()
            .RequirePolicy(Policies.DeactivateProfiles)
            .WithName("ReactivateProfile")
            .WithSummary("Show a deactivated profile in matching and ranked lists again");

        group.MapGet("/{id:guid}/export", ExportPersonalData)
            .RequirePolicy(Policies.ExportPersonalData)
            .WithName("ExportPersonalData")
            .WithSummary("Everything held about a person, in one JSON document")
            .WithDescription(
                "The profile (competences with who confirmed them), coach history, matches with history, snapshot and consent, check-ins, escalations, " +
                "volunteer hours, notifications, the coins wallet with its entries and reservations, and the access log. " +
                "For the person, or an admin who names the ground with reason (personAsked, legalObligation; 400 without it). An admin's export is in the access log.");

        group.MapGet("/{id:guid}/access-log", AccessLog)
            .RequirePolicy(Policies.ReadAccessLog)
            .WithName("GetAccessLog")
            .WithSummary("Who read the person's profile, matches, check-ins or export, newest first")
            .WithDescription("Only the person themself. Each entry: when, who (account id and role), what (record and id), through which route, and an admin's ground for an export.");

        group.MapGet("/{id:guid}/suggested-competences", SuggestedCompetences)
            .RequirePolicy(Policies.WorkWithProfiles)
            .WithName("SuggestedCompetences")
            .WithSummary("Competences implied by the person's experiences, not yet on the profile");

        group.MapPost("/{id:guid}/claim-code", IssueClaimCode)
            .RequirePolicy(Policies.PeopleStaff)
            .WithName("IssueClaimCode")
            .WithSummary("Issue a new one-time claim code for an unclaimed profile (staff)");

        group.MapPost("/{id:guid}/claim", ClaimProfile)
            .RequirePolicy(Policies.ClaimProfiles)
            .WithName("ClaimProfile")
            .WithSummary("Take ownership of a profile staff created for you, with its one-time code");
    }

    /// <summary>Routes under a profile that other areas own; each sets its own roles and tag.</summary>
    private static void MapAroundProfile(RouteGroupBuilder profiles)
    {
        profiles.MapGet("/{id:guid}/matches", ProfileMatches)
            .RequirePolicy(Policies.WorkWithProfiles)
            .WithTags(Ranking.Tag)
            .WithName("ProfileMatches")
            .WithSummary("Ranked, explained open opportunities for a person")
            .WithDescription(
                "Open vacancies and volunteer requests, best first (score, then id), each compact as the candidate lists " +
                "(summary, components, first matched and missing competences); detail=full adds the whole explanation. " +
                "kind=job|volunteering picks one kind; without it, every kind the person seeks. " +
                "The person themself or staff who work with people. limit 1-100 (default 20), minScore 0-100, maxDistanceKm 0-500.");

        profiles.MapPut("/{id:guid}/coach", AssignCoach)
            .RequirePolicy(Policies.ManageAftercare)
            .WithTags(CoachesEndpoints.Tag)
            .WithName("AssignCoach")
            .WithSummary("Give a person a coach, another coach, or none")
            .WithDescription("One person, one coach. coachUserId must be a Coach account (400 otherwise); null leaves the person without a coach. The change is kept in the history and the new coach is notified. Assigning the current coach again changes nothing.");

        profiles.MapGet("/{id:guid}/coach", GetCoach)
            .RequirePolicy(Policies.WorkWithProfiles)
            .WithTags(CoachesEndpoints.Tag)
            .WithName("GetCoach")
            .WithSummary("Who a person's coach is")
            .WithDescription("The person themself sees their coach; staff who work with people also see the history (who, when, by whom, why).");

        profiles.MapPost("/{id:guid}/competences/{competenceId:guid}/confirm", ConfirmCompetence)
            .ProducesETag()
            .RequirePolicy(Policies.ConfirmCompetences)
            .WithTags(Tag)
            .WithName("ConfirmCompetence")
            .WithSummary("Confirm a competence the talent scout saw (adds it when missing)")
            .WithDescription(
                "Sets level and source, and evidence to confirmed with who and when (confirmedByUserId, confirmedAt). " +
                "A certified competence stays certified. A note, when given, replaces the note. Honours If-Match (412); returns the profile with its new ETag.")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        profiles.MapGet("/{id:guid}/volunteer-hours", VolunteerHoursOfProfile)
            .RequirePolicy(Policies.WorkWithProfiles)
            .WithTags(VolunteerRequestsEndpoints.VolunteeringTag)
            .WithName("VolunteerHoursOfProfile")
            .WithSummary("A person's volunteer hours: confirmed and pending, in total and per request")
            .WithDescription("The person themself or staff who work with people. from and to (both included) narrow the days counted.");
    }

    private static async Task<Created<CreatedProfileDto>> CreateProfile(CreateProfileCommand command, IMediator mediator, CancellationToken ct)
    {
        var created = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/profiles/{created.Profile.Id}", created);
    }

    private static async Task<Ok<PagedList<ProfileSummaryDto>>> ListProfiles(
        IMediator mediator,
        CancellationToken ct,
        string? q,
        string? postcode,
        [QueryEnum(typeof(OpportunityKind))] string? seeks,
        Guid? competenceId,
        Guid? coachId,
        [AsParameters] PageRequest paging) =>
        TypedResults.Ok(await mediator.Send(
            new ListProfilesQuery(q, postcode, QueryValues.Enum<OpportunityKind>(seeks, nameof(seeks)), competenceId, coachId, paging.Page, paging.PageSize), ct));

    private static async Task<Ok<ProfileDto>> GetMyProfile(IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.WithETag(await mediator.Send(new GetMyProfileQuery(), ct)));

    private static async Task<Ok<ProfileDto>> GetProfile(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.WithETag(await mediator.Send(new GetProfileQuery(id), ct)));

    private static async Task<Ok<ProfileDto>> UpdateProfile(
        Guid id, UpdateProfileCommand command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.WithETag(await mediator.Send(command with { Id = id, IfMatch = ifMatch }, ct)));

    private static async Task<NoContent> DeleteProfile(Guid id, IMediator mediator, CancellationToken ct, [QueryEnum(typeof(ErasureReason))] string? reason = null)
    {
        await mediator.Send(new DeleteProfileCommand(id, QueryValues.Enum<ErasureReason>(reason, nameof(reason))), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ProfileDto>> DeactivateProfile(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.WithETag(await mediator.Send(new DeactivateProfileCommand(id), ct)));

    private static async Task<Ok<ProfileDto>> ReactivateProfile(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.WithETag(await mediator.Send(new ReactivateProfileCommand(id), ct)));

    private static async Task<Ok<PersonalDataExportDto>> ExportPersonalData(Guid id, IMediator mediator, CancellationToken ct, [QueryEnum(typeof(ExportReason))] string? reason = null) =>
        TypedResults.Ok(await mediator.Send(new ExportPersonalDataQuery(id, QueryValues.Enum<ExportReason>(reason, nameof(reason))), ct));

    private static async Task<Ok<PagedList<AccessLogEntryDto>>> AccessLog(Guid id, IMediator mediator, CancellationToken ct, [AsParameters] PageRequest paging) =>
        TypedResults.Ok(await mediator.Send(new GetAccessLogQuery(id, paging.Page, paging.PageSize), ct));

    private static async Task<Ok<IReadOnlyList<SuggestedCompetenceDto>>> SuggestedCompetences(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new SuggestedCompetencesQuery(id), ct));

    private static async Task<Ok<ClaimCodeDto>> IssueClaimCode(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new IssueClaimCodeCommand(id), ct));

    private static async Task<Ok<ProfileDto>> ClaimProfile(Guid id, ClaimRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ClaimProfileCommand(id, body.Code), ct));

    private static async Task<Ok<OpportunityMatchListDto>> ProfileMatches(
        Guid id, IMediator mediator, CancellationToken ct, string? kind, [AsParameters] RankingFilters filters) =>
        TypedResults.Ok(await mediator.Send(filters.OpportunitiesFor(id, kind), ct));

    private static async Task<Ok<ProfileCoachDto>> AssignCoach(Guid id, AssignCoachCommand command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { ProfileId = id }, ct));

    private static async Task<Ok<ProfileCoachDto>> GetCoach(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetCoachQuery(id), ct));

    private static async Task<Ok<ProfileDto>> ConfirmCompetence(
        Guid id, Guid competenceId, ConfirmCompetenceCommand command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.WithETag(await mediator.Send(command with { ProfileId = id, CompetenceId = competenceId, IfMatch = ifMatch }, ct)));

    private static async Task<Ok<VolunteerHoursSummaryDto>> VolunteerHoursOfProfile(Guid id, IMediator mediator, CancellationToken ct, DateOnly? from = null, DateOnly? to = null) =>
        TypedResults.Ok(await mediator.Send(new GetVolunteerHoursSummaryQuery(id, from, to), ct));

    internal sealed record ClaimRequest(string? Code);
}
