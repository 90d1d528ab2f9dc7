using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

/// <summary>
/// <c>/api/v1/occupations</c>: occupation search, the occupations of the catalogue, and the
/// title memory the search learns from (choices by matchmakers; review by an admin).
/// </summary>
internal static class OccupationsEndpoints
{
    public static void MapOccupationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/occupations").WithTags("Catalogue").RequirePolicy(Policies.SignedIn);

        group.MapGet("/", SearchOccupations)
            .WithName("SearchOccupations")
            .WithSummary("Rank occupations for a job title")
            .WithDescription("Searches preferred and alternative labels in every imported language and the job titles remembered for occupations; tolerant of typos, compounds and gendered forms (e.g. 'poetsvrouw', 'magazijnier', 'kassierster'). A ranked top list, not a paged list (docs/adr/0012-occupation-search-ranked-list.md). A query with fewer than two letters or digits gives an empty list. `matchedTitle` names the remembered job title that proposed an occupation.");

        group.MapGet("/{id:guid}", GetOccupation)
            .WithName("GetOccupation")
            .WithSummary("Get an occupation with its essential and optional competences");

        group.MapPost("/choices", RecordOccupationChoice)
            .RequirePolicy(Policies.TeachOccupationSearch)
            .WithName("RecordOccupationChoice")
            .WithSummary("Remember the occupation picked for a searched text")
            .WithDescription("The next search for the same or a similar text proposes the occupation higher.");

        group.MapGet("/titles", ListTitleMemory)
            .RequirePolicy(Policies.CurateCatalogue)
            .WithName("ListTitleMemory")
            .WithSummary("List the job titles remembered for occupations")
            .WithDescription("Seeded from expert-mapped titles and learned from vacancies, experiences and matchmakers' choices; the most given first.");

        group.MapDelete("/titles/{id:long}", DeleteTitleMemoryEntry)
            .RequirePolicy(Policies.CurateCatalogue)
            .WithName("DeleteTitleMemoryEntry")
            .WithSummary("Remove a remembered job title");
    }

    private static async Task<Ok<IReadOnlyList<OccupationSearchHit>>> SearchOccupations(IMediator mediator, CancellationToken ct, string? q, int limit = 20) =>
        TypedResults.Ok(await mediator.Send(new SearchOccupationsQuery(q, limit), ct));

    private static async Task<Ok<OccupationDto>> GetOccupation(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetOccupationQuery(id), ct));

    private static async Task<NoContent> RecordOccupationChoice(RecordOccupationChoiceCommand command, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(command, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PagedList<TitleMemoryEntryDto>>> ListTitleMemory(
        IMediator mediator,
        CancellationToken ct,
        string? q,
        Guid? occupationId,
        [QueryEnum(typeof(TitleSource))] string? source,
        [AsParameters] PageRequest paging) =>
        TypedResults.Ok(await mediator.Send(new ListTitleMemoryQuery(q, occupationId, QueryValues.Enum<TitleSource>(source, nameof(source)), paging.Page, paging.PageSize), ct));

    private static async Task<NoContent> DeleteTitleMemoryEntry(long id, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new DeleteTitleMemoryEntryCommand(id), ct);
        return TypedResults.NoContent();
    }
}
