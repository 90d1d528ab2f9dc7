using MediatR;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

/// <summary><c>/api/v1/catalogue</c>: importing ESCO into the catalogue.</summary>
internal static class CatalogueEndpoints
{
    private const long MaxImportBytes = ImportEscoCommand.MaxUploadBytes;

    public static void MapCatalogueApi(this RouteGroupBuilder api)
    {
        api.MapPost("/catalogue/imports/esco", ImportEsco)
            .RequirePolicy(Policies.CurateCatalogue)
            .WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes))
            .DisableAntiforgery()
            .Accepts<IFormFileCollection>("multipart/form-data")
            .WithTags("Catalogue")
            .WithName("ImportEsco")
            .WithSummary("Import ESCO CSV files into the catalogue")
            .WithDescription("Multipart upload of the official ESCO zips and/or CSV files (skills_*, occupations_*, skillGroups_*, languageSkillsCollection_*, occupationSkillRelations, broaderRelationsSkillPillar, skillSkillRelations) and extra-language files such as occupations_nl.csv. The optional form field 'language' gives the label language of files whose name has no language suffix. Idempotent: concepts are matched by ESCO URI. All or nothing: a malformed file is a 400 naming the file and line, and nothing is written.");
    }

    private static async Task<Ok<CatalogueImportSummary>> ImportEsco(HttpRequest request, IMediator mediator, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            throw new BadHttpRequestException("Send the files as multipart/form-data (one or more 'files' parts; optional 'language' field).", StatusCodes.Status415UnsupportedMediaType);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxImportBytes }, ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            // A multipart body without a boundary, or one that ends before its closing boundary.
            throw new BadHttpRequestException(ex.Message, StatusCodes.Status400BadRequest, ex);
        }

        await using var files = OpenedCatalogueFiles.Open(form.Files, f => f.FileName, f => f.OpenReadStream());
        var language = form["language"].FirstOrDefault() is { Length: > 0 } given ? given : null;
        return TypedResults.Ok(await mediator.Send(new ImportEscoCommand(files.Files, language), ct));
    }
}
