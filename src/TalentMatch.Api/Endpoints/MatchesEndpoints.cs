using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Api.Web;
using TalentMatch.Application.Features.Matching;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

internal static class MatchesEndpoints
{
    private const string Tag = "Matching";

    private static readonly string[] SeeCandidates = [.. CandidateMatchesQueryHandler.Staff, Roles.Employer];
    private static readonly string[] SeeProfileMatches = [.. Roles.PeopleStaff, Roles.JobSeeker];

    private const string CandidateDescription =
        "Matchable profiles that seek this kind of work, best first (score, then id), each with its explanation: " +
        "components, matched and missing competences, language fit and distance. Candidates missing a required " +
        "competence are still listed with meetsAllRequired=false unless requiredOnly=true. Works for any status, " +
        "so staff can check a draft before opening it. An Employer sees only their own organisation's opportunities, " +
        "and candidates anonymised (district only, no name). limit 1-100 (default 20), minScore 0-100, " +
        "maxDistanceKm 0-500 (leaves out candidates whose distance is unknown); total counts candidates that pass the filters, before the limit.";

    public static void MapMatchesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/vacancies/{id:guid}/matches", async Task<Ok<CandidateMatchListDto>> (Guid id, IMediator mediator, CancellationToken ct, int limit = MatchExplanation.DefaultLimit, double? minScore = null, bool? requiredOnly = null, double? maxDistanceKm = null) =>
                TypedResults.Ok(await mediator.Send(new CandidateMatchesQuery(OpportunityKind.Job, id, limit, minScore, requiredOnly ?? false, maxDistanceKm), ct)))
            .RequireRoles(SeeCandidates)
            .WithTags(Tag)
            .WithName("VacancyMatches")
            .WithSummary("Ranked, explained candidates for a vacancy")
            .WithDescription(CandidateDescription);

        api.MapGet("/volunteer-requests/{id:guid}/matches", async Task<Ok<CandidateMatchListDto>> (Guid id, IMediator mediator, CancellationToken ct, int limit = MatchExplanation.DefaultLimit, double? minScore = null, bool? requiredOnly = null, double? maxDistanceKm = null) =>
                TypedResults.Ok(await mediator.Send(new CandidateMatchesQuery(OpportunityKind.Volunteering, id, limit, minScore, requiredOnly ?? false, maxDistanceKm), ct)))
            .RequireRoles(SeeCandidates)
            .WithTags(Tag)
            .WithName("VolunteerRequestMatches")
            .WithSummary("Ranked, explained candidates for a volunteer request")
            .WithDescription(CandidateDescription);

        api.MapGet("/profiles/{id:guid}/matches", async Task<Ok<OpportunityMatchListDto>> (Guid id, IMediator mediator, CancellationToken ct, string? kind = null, int limit = MatchExplanation.DefaultLimit, double? minScore = null, bool? requiredOnly = null, double? maxDistanceKm = null) =>
                TypedResults.Ok(await mediator.Send(new ProfileMatchesQuery(id, kind, limit, minScore, requiredOnly ?? false, maxDistanceKm), ct)))
            .RequireRoles(SeeProfileMatches)
            .WithTags(Tag)
            .WithName("ProfileMatches")
            .WithSummary("Ranked, explained open opportunities for a person")
            .WithDescription(
                "Open vacancies and volunteer requests, best first (score, then id), each with its explanation. " +
                "kind=job|volunteering picks one kind; without it, every kind the person seeks. " +
                "The person themself or staff who work with people. limit 1-100 (default 20), minScore 0-100, maxDistanceKm 0-500.");
    }
}
