using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Languages;

namespace TalentMatch.Infrastructure.Catalogue;

/// <summary>
/// Imports the official ESCO CSV files (loose or in the downloadable zips) and extra-language
/// files such as occupations_nl.csv. Everything is parsed and checked first; only then is the
/// catalogue written, in one transaction, so a bad file never leaves half an import behind.
/// Concepts are matched by ESCO URI, so importing again updates and never duplicates.
/// </summary>
public sealed partial class EscoImporter(
    CatalogueWriter writer,
    ITransactionRunner transactions,
    IEnumerable<IReadModelCache> caches) : ICatalogueImporter
{
    private enum FileKind
    {
        Skills,
        Occupations,
        SkillGroups,
        LanguageSkillsCollection,
        OccupationSkillRelations,
        BroaderRelationsSkillPillar,
        SkillSkillRelations,
    }

    /// <summary>Parses ESCO files into a batch without touching a database (also used by benchmarks and evaluations).</summary>
    public static async Task<CatalogueBatch> ParseAsync(IReadOnlyList<CatalogueImportFile> files, string? language, IProgress<string>? progress, CancellationToken cancellationToken) =>
        (await ParseFilesAsync(files, language, new Tracker(CatalogueImportProgress.Lines(progress), files.Count), cancellationToken)).ToBatch();

    private static async Task<ParsedFiles> ParseFilesAsync(IReadOnlyList<CatalogueImportFile> files, string? language, Tracker progress, CancellationToken cancellationToken)
    {
        var parsed = new ParsedFiles();
        foreach (var file in files)
        {
            progress.NextUpload();
            await ReadFileAsync(file.Name, file.Content, null, language, parsed, progress, cancellationToken);
        }

        if (parsed.Files.Count == 0)
        {
            var ignored = parsed.Ignored.Count == 0 ? "" : $" (ignored: {string.Join(", ", parsed.Ignored)})";
            throw new CatalogueImportException(files.Count == 1 ? files[0].Name : "files", null, "no ESCO file recognised; expected skills_*.csv, occupations_*.csv, skillGroups_*.csv, languageSkillsCollection_*.csv or the relation files" + ignored + ".");
        }

        return parsed;
    }

    public async Task<CatalogueImportSummary> ImportAsync(IReadOnlyList<CatalogueImportFile> files, string? language, IProgress<CatalogueImportProgress>? progress, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var tracker = new Tracker(progress, files.Count);
        var parsed = await ParseFilesAsync(files, language, tracker, cancellationToken);
        var batch = parsed.ToBatch();
        var parseSeconds = total.Elapsed.TotalSeconds;
        tracker.Report($"parsed {parsed.Files.Count} file(s) in {parseSeconds:0.0} s: {batch.Competences.Count} competences, {batch.Occupations.Count} occupations, "
            + $"{batch.Broader.Count + batch.Related.Count + batch.OccupationCompetences.Count} relations");

        var write = Stopwatch.StartNew();
        tracker.Writing();
        tracker.Report("writing the catalogue in one transaction…");
        var result = await transactions.RunAsync(ct => writer.WriteAsync(batch, tracker, ct), cancellationToken);
        var writeSeconds = write.Elapsed.TotalSeconds;
        tracker.Report($"committed in {writeSeconds:0.0} s");

        // Only after the commit: a read model rebuilt earlier could capture the old catalogue.
        foreach (var cache in caches)
        {
            cache.Invalidate();
        }

        return new CatalogueImportSummary(
            parsed.Files,
            parsed.Ignored,
            result.CompetencesAdded,
            result.CompetencesUpdated,
            result.OccupationsAdded,
            result.OccupationsUpdated,
            result.Labels,
            result.BroaderRelations,
            result.RelatedRelations,
            result.OccupationCompetences,
            result.SkippedRelations,
            result.SkippedLabels,
            Math.Round(parseSeconds, 2),
            Math.Round(writeSeconds, 2),
            Math.Round(total.Elapsed.TotalSeconds, 2));
    }

    private static async Task ReadFileAsync(string name, Stream content, string? container, string? language, ParsedFiles parsed, Tracker progress, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(name.Replace('\\', '/'));
        if (fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) && container is null)
        {
            await ReadZipAsync(fileName, content, language, parsed, progress, cancellationToken);
            return;
        }

        if (!TryRecognise(fileName, out var kind, out var fileLanguage))
        {
            parsed.Ignored.Add(container is null ? fileName : $"{container}/{fileName}");
            return;
        }

        fileLanguage ??= language?.ToLowerInvariant();
        var labelled = kind is FileKind.Skills or FileKind.Occupations or FileKind.SkillGroups;
        if (labelled && fileLanguage is null)
        {
            throw new CatalogueImportException(fileName, null, "the label language is unknown: name the file with a language suffix (e.g. occupations_nl.csv) or give the language.");
        }

        if (fileLanguage is not null && !IsoLanguages.IsKnown(fileLanguage))
        {
            throw new CatalogueImportException(fileName, null, $"'{fileLanguage}' is not an ISO 639-1 language code.");
        }

        var stopwatch = Stopwatch.StartNew();
        using var text = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var reader = new CsvRecordReader(text, fileName);
        var header = reader.Read() ?? throw new CatalogueImportException(fileName, 1, "the file is empty; expected a header row.");
        var columns = new Columns(fileName, header);
        parsed.CheckColumns(kind, columns);
        var rows = 0;
        progress.Reading(container is null ? fileName : $"{container}/{fileName}");
        while (reader.Read() is { } cells)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (cells.Count != header.Count)
            {
                throw new CatalogueImportException(fileName, reader.RecordLine, $"the row has {cells.Count} cells but the header has {header.Count}.");
            }

            var row = new Row(fileName, reader.RecordLine, columns, cells);
            parsed.Add(kind, fileLanguage, row);
            rows++;
            progress.RowRead();
        }

        parsed.Files.Add(new ImportedFileSummary(fileName, kind.ToString(), fileLanguage, rows));
        progress.Report($"{fileName}: {rows} rows read in {stopwatch.Elapsed.TotalSeconds:0.00} s");
    }

    private static async Task ReadZipAsync(string zipName, Stream content, string? language, ParsedFiles parsed, Tracker progress, CancellationToken cancellationToken)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new CatalogueImportException(zipName, null, $"not a valid zip file ({ex.Message})");
        }

        using (archive)
        {
            progress.Report($"{zipName}: {archive.Entries.Count} entries");
            foreach (var entry in archive.Entries.Where(e => !string.IsNullOrEmpty(e.Name)))
            {
                await using var stream = entry.Open();
                await ReadFileAsync(entry.FullName, stream, zipName, language, parsed, progress, cancellationToken);
            }
        }
    }

    private static bool TryRecognise(string fileName, out FileKind kind, out string? language)
    {
        var match = FileNamePattern().Match(fileName);
        kind = default;
        language = null;
        if (!match.Success)
        {
            return false;
        }

        kind = Enum.Parse<FileKind>(match.Groups["kind"].Value, ignoreCase: true);
        if (match.Groups["language"].Success)
        {
            language = match.Groups["language"].Value.ToLowerInvariant();
        }

        var relation = kind is FileKind.OccupationSkillRelations or FileKind.BroaderRelationsSkillPillar or FileKind.SkillSkillRelations;
        return !(relation && language is not null);
    }

    [GeneratedRegex(@"^(?<kind>skills|occupations|skillGroups|languageSkillsCollection|occupationSkillRelations|broaderRelationsSkillPillar|skillSkillRelations)(_(?<language>[a-z]{2}))?\.csv$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();

    /// <summary>
    /// Says how far the import is: the log lines it always wrote, and the file, upload and rows so
    /// far in between (every <see cref="RowsPerReport"/> rows), for a page that shows progress.
    /// The writer's own lines pass through it as the writing stage.
    /// </summary>
    private sealed class Tracker(IProgress<CatalogueImportProgress>? progress, int fileCount) : IProgress<string>
    {
        private const int RowsPerReport = 5_000;
        private CatalogueImportStage _stage = CatalogueImportStage.Reading;
        private string? _file;
        private int _fileNumber;
        private long _rows;

        public void NextUpload() => _fileNumber++;

        public void Reading(string file)
        {
            _file = file;
            Send(null);
        }

        public void RowRead()
        {
            if (++_rows % RowsPerReport == 0)
            {
                Send(null);
            }
        }

        public void Writing()
        {
            _stage = CatalogueImportStage.Writing;
            _file = null;
        }

        public void Report(string value) => Send(value);

        private void Send(string? text) => progress?.Report(new CatalogueImportProgress(_stage, _file, _fileNumber, fileCount, _rows, text));
    }

    /// <summary>The header of one file: where each column is, and a clear error when one is missing.</summary>
    private sealed class Columns(string fileName, List<string> header)
    {
        private readonly Dictionary<string, int> _index = header
            .Select((name, i) => (Name: name.Trim().TrimStart('\uFEFF'), i))
            .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);

        public bool Has(string column) => _index.ContainsKey(column);

        public int Require(string column) => _index.TryGetValue(column, out var i)
            ? i
            : throw new CatalogueImportException(fileName, null, $"missing column '{column}'.");

        public int? Optional(string column) => _index.TryGetValue(column, out var i) ? i : null;
    }

    private readonly record struct Row(string File, long Line, Columns Columns, List<string> Cells)
    {
        public string Required(string column)
        {
            var value = Cells[Columns.Require(column)].Trim();
            return value.Length > 0 ? value : throw new CatalogueImportException(File, Line, $"'{column}' is empty.");
        }

        public string? Optional(string column) =>
            Columns.Optional(column) is { } i && Cells[i].Trim() is { Length: > 0 } value ? value : null;

        public List<string> Labels(string column) =>
            Optional(column)?.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList() ?? [];
    }

    private sealed class CompetenceDraft(string uri)
    {
        public string Uri { get; } = uri;
        public bool IsGroup { get; set; }
        public string? SkillType { get; set; }
        public string? ReuseLevel { get; set; }
        public List<LanguageLabels> Labels { get; } = [];
    }

    private sealed class OccupationDraft(string uri)
    {
        public string Uri { get; } = uri;
        public string? IscoGroup { get; set; }
        public List<LanguageLabels> Labels { get; } = [];
    }

    /// <summary>Rows gathered from every file; turned into one batch once all files are read.</summary>
    private sealed class ParsedFiles
    {
        private readonly Dictionary<string, CompetenceDraft> _competences = new(StringComparer.Ordinal);
        private readonly Dictionary<string, OccupationDraft> _occupations = new(StringComparer.Ordinal);
        private readonly HashSet<string> _languageSkills = new(StringComparer.Ordinal);
        private readonly List<(string Uri, LanguageLabels Labels)> _extraCompetenceLabels = [];
        private readonly List<(string Uri, LanguageLabels Labels)> _extraOccupationLabels = [];
        private readonly CatalogueBatch _relations = new();

        public List<ImportedFileSummary> Files { get; } = [];
        public List<string> Ignored { get; } = [];

        public void CheckColumns(FileKind kind, Columns columns)
        {
            foreach (var column in RequiredColumns(kind))
            {
                columns.Require(column);
            }
        }

        private static string[] RequiredColumns(FileKind kind) => kind switch
        {
            FileKind.Skills or FileKind.Occupations or FileKind.SkillGroups => ["conceptUri", "preferredLabel"],
            FileKind.LanguageSkillsCollection => ["conceptUri"],
            FileKind.OccupationSkillRelations => ["occupationUri", "relationType", "skillUri"],
            FileKind.BroaderRelationsSkillPillar => ["conceptUri", "broaderUri"],
            FileKind.SkillSkillRelations => ["originalSkillUri", "relatedSkillUri"],
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        public void Add(FileKind kind, string? language, Row row)
        {
            switch (kind)
            {
                case FileKind.Skills:
                    AddCompetence(row, language!, isGroup: false, definesConcept: row.Columns.Has("skillType"));
                    break;
                case FileKind.SkillGroups:
                    AddCompetence(row, language!, isGroup: true, definesConcept: true);
                    break;
                case FileKind.Occupations:
                    AddOccupation(row, language!);
                    break;
                case FileKind.LanguageSkillsCollection:
                    _languageSkills.Add(row.Required("conceptUri"));
                    break;
                case FileKind.OccupationSkillRelations:
                    var relation = row.Required("relationType").ToLowerInvariant() switch
                    {
                        "essential" => OccupationCompetenceRelation.Essential,
                        "optional" => OccupationCompetenceRelation.Optional,
                        var other => throw new CatalogueImportException(row.File, row.Line, $"relationType '{other}' is neither 'essential' nor 'optional'."),
                    };
                    _relations.OccupationCompetences.Add(new OccupationCompetenceRecord(row.Required("occupationUri"), row.Required("skillUri"), relation));
                    break;
                case FileKind.BroaderRelationsSkillPillar:
                    _relations.Broader.Add((row.Required("conceptUri"), row.Required("broaderUri")));
                    break;
                case FileKind.SkillSkillRelations:
                    _relations.Related.Add((row.Required("originalSkillUri"), row.Required("relatedSkillUri")));
                    break;
            }
        }

        private void AddCompetence(Row row, string language, bool isGroup, bool definesConcept)
        {
            var uri = row.Required("conceptUri");
            var labels = new LanguageLabels(language, row.Optional("preferredLabel"), row.Labels("altLabels"));
            if (!definesConcept)
            {
                // An extra-language file: labels for concepts that exist or come with the import.
                _extraCompetenceLabels.Add((uri, labels));
                return;
            }

            if (!_competences.TryGetValue(uri, out var draft))
            {
                draft = new CompetenceDraft(uri);
                _competences[uri] = draft;
            }

            draft.IsGroup |= isGroup;
            draft.SkillType = row.Optional("skillType") ?? draft.SkillType;
            draft.ReuseLevel = row.Optional("reuseLevel") ?? draft.ReuseLevel;
            draft.Labels.Add(labels);
        }

        private void AddOccupation(Row row, string language)
        {
            var uri = row.Required("conceptUri");
            var labels = new LanguageLabels(language, row.Optional("preferredLabel"), row.Labels("altLabels"));
            if (!row.Columns.Has("iscoGroup"))
            {
                _extraOccupationLabels.Add((uri, labels));
                return;
            }

            if (!_occupations.TryGetValue(uri, out var draft))
            {
                draft = new OccupationDraft(uri);
                _occupations[uri] = draft;
            }

            draft.IscoGroup = row.Optional("iscoGroup") ?? draft.IscoGroup;
            draft.Labels.Add(labels);
        }

        public CatalogueBatch ToBatch()
        {
            var batch = new CatalogueBatch();
            foreach (var draft in _competences.Values)
            {
                batch.Competences.Add(new CompetenceRecord(draft.Uri, TypeOf(draft), draft.IsGroup, draft.Labels, EscoReuseLevels.Parse(draft.ReuseLevel)));
            }

            foreach (var draft in _occupations.Values)
            {
                batch.Occupations.Add(new OccupationRecord(draft.Uri, draft.IscoGroup, draft.Labels));
            }

            batch.ExtraCompetenceLabels.AddRange(_extraCompetenceLabels);
            batch.ExtraOccupationLabels.AddRange(_extraOccupationLabels);
            batch.Broader.AddRange(_relations.Broader);
            batch.Related.AddRange(_relations.Related);
            batch.OccupationCompetences.AddRange(_relations.OccupationCompetences);
            return batch;
        }

        /// <summary>The same mapping as the curated catalogue: language collection, then transversal, then knowledge.</summary>
        private CompetenceType TypeOf(CompetenceDraft draft) =>
            _languageSkills.Contains(draft.Uri) ? CompetenceType.Language
            : string.Equals(draft.ReuseLevel, "transversal", StringComparison.OrdinalIgnoreCase) ? CompetenceType.Transversal
            : string.Equals(draft.SkillType, "knowledge", StringComparison.OrdinalIgnoreCase) ? CompetenceType.Knowledge
            : CompetenceType.Skill;
    }
}
