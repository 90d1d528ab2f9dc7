using MediatR;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Catalogue;

/// <summary>Where an import job is: waiting for the worker, running, done, or failed (and then nothing was written).</summary>
public enum CatalogueImportState
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>
/// An import running in the background: its files, how far it is, and at the end its counts or
/// the importer's message (naming the file and line). Kept in memory only.
/// </summary>
public sealed record CatalogueImportJobDto(
    Guid Id,
    CatalogueImportState State,
    IReadOnlyList<string> Files,
    DateTimeOffset QueuedAt,
    DateTimeOffset? EndedAt,
    CatalogueImportProgress? Progress,
    CatalogueImportSummary? Summary,
    string? Error)
{
    public bool IsActive => State is CatalogueImportState.Queued or CatalogueImportState.Running;
}

/// <summary>
/// ESCO imports that run in the background, one at a time, with the same importer as the REST
/// endpoint. The uploads are kept in temporary files until the job ends.
/// </summary>
public interface ICatalogueImportJobs
{
    /// <summary>Copies the uploads and queues the import; null (and nothing copied) when an import is queued or running.</summary>
    Task<CatalogueImportJobDto?> TryStartAsync(IReadOnlyList<CatalogueImportFile> files, string? language, CancellationToken cancellationToken);

    CatalogueImportJobDto? Find(Guid id);

    /// <summary>The job started last, if any since the app started.</summary>
    CatalogueImportJobDto? Latest { get; }
}

/// <summary>An admin starts an ESCO import in the background; refused (409) while another one runs.</summary>
public sealed record StartCatalogueImportCommand(IReadOnlyList<CatalogueImportFile> Files, string? Language)
    : IRequest<CatalogueImportJobDto>, ICatalogueFilesRequest, IRequirePolicy
{
    public static Policy Policy => Policies.CurateCatalogue;
}

public sealed class StartCatalogueImportCommandValidator : CatalogueFilesValidator<StartCatalogueImportCommand>;

public sealed class StartCatalogueImportCommandHandler(ICatalogueImportJobs jobs) : IRequestHandler<StartCatalogueImportCommand, CatalogueImportJobDto>
{
    public async Task<CatalogueImportJobDto> Handle(StartCatalogueImportCommand request, CancellationToken cancellationToken) =>
        await jobs.TryStartAsync(request.Files, request.Language, cancellationToken)
        ?? throw new DomainRuleException(Messages.CatalogueImportRunning);
}

/// <summary>An import job by its id, or (without an id) the latest one, which may be none.</summary>
public sealed record GetCatalogueImportQuery(Guid? Id) : IQuery<CatalogueImportJobDto?>, IRequirePolicy
{
    public static Policy Policy => Policies.CurateCatalogue;
}

public sealed class GetCatalogueImportQueryHandler(ICatalogueImportJobs jobs) : IRequestHandler<GetCatalogueImportQuery, CatalogueImportJobDto?>
{
    public Task<CatalogueImportJobDto?> Handle(GetCatalogueImportQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(request.Id is { } id
            ? jobs.Find(id) ?? throw new NotFoundException(EntityNames.CatalogueImport, id)
            : jobs.Latest);
}
