using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Api.Web;
using TalentMatch.Application.Features.Profiles;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

internal static class ProfileCompetencesEndpoints
{
    public static void MapProfileCompetencesApi(this RouteGroupBuilder api)
    {
        api.MapPost("/profiles/{id:guid}/competences/{competenceId:guid}/confirm", async Task<Ok<ProfileDto>> (Guid id, Guid competenceId, ConfirmCompetenceCommand command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(http.WithETag(await mediator.Send(command with { ProfileId = id, CompetenceId = competenceId, IfMatch = ifMatch }, ct))))
            .RequireRoles(Roles.TalentScout, Roles.Admin)
            .WithTags("Profiles")
            .WithName("ConfirmCompetence")
            .WithSummary("Confirm a competence the talent scout saw (adds it when missing)")
            .WithDescription(
                "Sets level and source, and evidence to confirmed with who and when (confirmedByUserId, confirmedAt). " +
                "A certified competence stays certified. A note, when given, replaces the note. Honours If-Match (412); returns the profile with its new ETag.")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
