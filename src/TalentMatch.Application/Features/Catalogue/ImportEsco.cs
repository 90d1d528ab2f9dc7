using FluentValidation;
using FluentValidation.Results;
using MediatR;
using TalentMatch.Application.Common;

namespace TalentMatch.Application.Features.Catalogue;

/// <summary>One uploaded file: an ESCO CSV file or a zip of them.</summary>
public sealed record CatalogueImportFile(string Name, Stream Content);

/// <summary>
/// The files of one import, opened together and closed together (also those opened before one
/// failed to open): uploads, stored copies or files named on the command line.
/// </summary>
public sealed class OpenedCatalogueFiles : IAsyncDisposable
{
    private OpenedCatalogueFiles(List<CatalogueImportFile> files) => Files = files;

    public IReadOnlyList<CatalogueImportFile> Files { get; }

    public static OpenedCatalogueFiles Open<T>(IEnumerable<T> sources, Func<T, string> name, Func<T, Stream> open)
    {
        var files = new List<CatalogueImportFile>();
        try
        {
            foreach (var source in sources)
            {
                files.Add(new CatalogueImportFile(name(source), open(source)));
            }
        }
        catch
        {
            files.ForEach(f => f.Content.Dispose());
            throw;
        }

        return new OpenedCatalogueFiles(files);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var file in Files)
        {
            await file.Content.DisposeAsync();
        }
    }
}

/// <summary>A file that was read, what it was read as and how many rows it had.</summary>
public sealed record ImportedFileSummary(string Name, string Kind, string? Language, int Rows);

/// <summary>What an import did. Re-importing the same files reports updates, never additions.</summary>
public sealed record CatalogueImportSummary(
    IReadOnlyList<ImportedFileSummary> Files,
    IReadOnlyList<string> IgnoredFiles,
    int CompetencesAdded,
    int CompetencesUpdated,
    int OccupationsAdded,
    int OccupationsUpdated,
    int Labels,
    int BroaderRelations,
    int RelatedRelations,
    int OccupationCompetences,
    int SkippedRelations,
    int SkippedLabels,
    double ParseSeconds,
    double WriteSeconds,
    double ElapsedSeconds);

/// <summary>A file that cannot be imported: the message names the file and, where it applies, the line.</summary>
public sealed class CatalogueImportException(string file, long? line, string message)
    : Exception(line is { } l ? $"{file}, line {l}: {message}" : $"{file}: {message}")
{
    public string File { get; } = file;
    public long? Line { get; } = line;
}

/// <summary>Where an import is: reading the files, or writing the catalogue in its one transaction.</summary>
public enum CatalogueImportStage
{
    Reading,
    Writing,
}

/// <summary>
/// How far an import is: the file being read (inside a zip: "zip/entry"), which of the uploaded
/// files it is, the rows read so far over all files, and a line for a log when there is one.
/// </summary>
public sealed record CatalogueImportProgress(CatalogueImportStage Stage, string? File, int FileNumber, int FileCount, long RowsRead, string? Text)
{
    /// <summary>Only the log lines, for a console (null stays null).</summary>
    public static IProgress<CatalogueImportProgress>? Lines(IProgress<string>? lines) => lines is null ? null : new LineProgress(lines);

    private sealed class LineProgress(IProgress<string> lines) : IProgress<CatalogueImportProgress>
    {
        public void Report(CatalogueImportProgress value)
        {
            if (value.Text is not null)
            {
                lines.Report(value.Text);
            }
        }
    }
}

/// <summary>Reads ESCO files into the catalogue in one transaction.</summary>
public interface ICatalogueImporter
{
    /// <summary>Imports the files; <c>language</c> is the label language of files whose name does not say it (e.g. occupations.csv).</summary>
    Task<CatalogueImportSummary> ImportAsync(IReadOnlyList<CatalogueImportFile> files, string? language, IProgress<CatalogueImportProgress>? progress, CancellationToken cancellationToken);
}

/// <summary>A request that uploads ESCO files: what its validator checks.</summary>
public interface ICatalogueFilesRequest
{
    IReadOnlyList<CatalogueImportFile> Files { get; }

    string? Language { get; }
}

/// <summary>One or more files, and a language code when one is given.</summary>
public abstract class CatalogueFilesValidator<T> : AbstractValidator<T>
    where T : ICatalogueFilesRequest
{
    protected CatalogueFilesValidator()
    {
        RuleFor(c => c.Files).NotEmpty().WithMessageKey(Messages.EscoFilesRequired);
        RuleFor(c => c.Language).LanguageCode().When(c => c.Language is not null);
    }
}

/// <summary>
/// An admin loads the official ESCO CSV files (and extra-language files) into the catalogue.
/// Not an <see cref="ICommand{TResponse}"/>: the importer parses everything before it opens its
/// one transaction, and tells read models to rebuild only after that transaction commits.
/// </summary>
public sealed record ImportEscoCommand(IReadOnlyList<CatalogueImportFile> Files, string? Language) : IRequest<CatalogueImportSummary>, ICatalogueFilesRequest, IRequirePolicy
{
    /// <summary>The largest upload an import takes: the full ESCO download is about 8 MB zipped and 45 MB as loose CSV files.</summary>
    public const long MaxUploadBytes = 200L * 1024 * 1024;

    public static Policy Policy => Policies.CurateCatalogue;
}

public sealed class ImportEscoCommandValidator : CatalogueFilesValidator<ImportEscoCommand>;

public sealed class ImportEscoCommandHandler(ICatalogueImporter importer) : IRequestHandler<ImportEscoCommand, CatalogueImportSummary>
{
    public async Task<CatalogueImportSummary> Handle(ImportEscoCommand request, CancellationToken cancellationToken)
    {
        try
        {
            return await importer.ImportAsync(request.Files, request.Language, null, cancellationToken);
        }
        catch (CatalogueImportException ex)
        {
            throw new ValidationException([new ValidationFailure("files", ex.Message)]);
        }
    }
}
