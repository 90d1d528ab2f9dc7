using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Catalogue;

namespace TalentMatch.Api.Endpoints;

/// <summary><c>/api/v1/languages</c>: the ISO 639-1 languages.</summary>
internal static class LanguagesEndpoints
{
    public static void MapLanguagesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/languages", ListLanguages)
            .WithTags("Catalogue")
            .RequirePolicy(Policies.SignedIn)
            .WithName("ListLanguages")
            .WithSummary("ISO 639-1 languages with their names");
    }

    private static async Task<Ok<IReadOnlyList<LanguageDto>>> ListLanguages(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListLanguagesQuery(), ct));
}
