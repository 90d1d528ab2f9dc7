using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Common;

namespace TalentMatch.Web.Infrastructure;

/// <summary>
/// The import page's form: the uploaded files (within the API's size limit, antiforgery checked
/// before this runs) go to the same start command as anywhere else, and the browser goes on to
/// the job's page; a refusal goes back to the form with the reason.
/// </summary>
internal static class CatalogueUpload
{
    public const string Path = "/werk/beheer/import/upload";
    public const string Page = "/werk/beheer/import";

    public static async Task<IResult> StartAsync(HttpContext context, IMediator mediator)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        await using var files = OpenedCatalogueFiles.Open(form.Files, f => f.FileName, f => f.OpenReadStream());
        try
        {
            var job = await mediator.Send(new StartCatalogueImportCommand(files.Files, null), context.RequestAborted);
            return Results.LocalRedirect($"{Page}/{job.Id}");
        }
        catch (ValidationException)
        {
            return Results.LocalRedirect($"{Page}?fout=bestanden");
        }
        catch (DomainRuleException)
        {
            return Results.LocalRedirect($"{Page}?fout=bezig");
        }
        catch (ForbiddenAccessException)
        {
            return Results.LocalRedirect("/status/403");
        }
    }
}
