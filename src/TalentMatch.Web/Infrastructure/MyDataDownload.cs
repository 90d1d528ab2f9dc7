using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Http;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Privacy;

namespace TalentMatch.Web.Infrastructure;

/// <summary>
/// "Download al je gegevens": the same export as <c>GET /api/v1/profiles/{id}/export</c>, as a JSON
/// file the person keeps, for the profile of whoever is signed in.
/// </summary>
public static class MyDataDownload
{
    public static async Task<IResult> SendAsync(HttpContext context, IMediator mediator, TimeProvider clock)
    {
        if (await MyProfile.IdAsync(mediator, context.RequestAborted) is not { } profileId)
        {
            // No profile yet: nothing to download but the account, which the page says.
            return Results.Redirect("/mijn-gegevens");
        }

        var export = await mediator.Send(new ExportPersonalDataQuery(profileId), context.RequestAborted);
        var day = clock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"talentmatch-mijn-gegevens-{day}.json\"";
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(export);
    }
}
