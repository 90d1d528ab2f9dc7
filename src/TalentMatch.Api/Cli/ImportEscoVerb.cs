using System.Diagnostics;
using TalentMatch.Application.Features.Catalogue;

namespace TalentMatch.Api.Cli;

/// <summary>
/// `import-esco &lt;files...&gt; [--language nl]`: brings the database up to date, then imports
/// ESCO zips and CSV files, printing each phase with its counts and elapsed time.
/// </summary>
internal static class ImportEscoVerb
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var paths = new List<string>();
        string? language = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--language" or "-l")
            {
                if (i + 1 >= args.Length)
                {
                    await Console.Error.WriteLineAsync("import-esco: --language needs a value, e.g. --language nl.");
                    return 1;
                }

                language = args[++i];
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        if (paths.Count == 0)
        {
            await Console.Error.WriteLineAsync("Usage: import-esco <file.zip|file.csv>... [--language nl]");
            return 1;
        }

        paths = paths.Select(Resolve).ToList();
        var missing = paths.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            foreach (var path in missing)
            {
                await Console.Error.WriteLineAsync($"import-esco: file not found: {Path.GetFullPath(path)}");
            }

            return 1;
        }

        var stopwatch = Stopwatch.StartNew();
        var progress = new ConsoleProgress(stopwatch);
        progress.Report("migrating the database…");
        await app.InitialiseDatabaseAsync();

        await using var files = OpenedCatalogueFiles.Open(paths, Path.GetFileName, File.OpenRead);
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<ICatalogueImporter>();
            var summary = await importer.ImportAsync(files.Files, language, CatalogueImportProgress.Lines(progress), CancellationToken.None);

            Console.WriteLine();
            Console.WriteLine($"Imported in {summary.ElapsedSeconds:0.0} s (parse {summary.ParseSeconds:0.0} s, write {summary.WriteSeconds:0.0} s):");
            Console.WriteLine($"  competences:  {summary.CompetencesAdded} added, {summary.CompetencesUpdated} updated");
            Console.WriteLine($"  occupations:  {summary.OccupationsAdded} added, {summary.OccupationsUpdated} updated");
            Console.WriteLine($"  labels:       {summary.Labels} ({summary.SkippedLabels} skipped: unknown concept)");
            Console.WriteLine($"  relations:    {summary.OccupationCompetences} occupation-competence, {summary.BroaderRelations} broader, {summary.RelatedRelations} related ({summary.SkippedRelations} skipped: unknown concept)");
            if (summary.IgnoredFiles.Count > 0)
            {
                Console.WriteLine($"  ignored:      {string.Join(", ", summary.IgnoredFiles)}");
            }

            return 0;
        }
        catch (CatalogueImportException ex)
        {
            await Console.Error.WriteLineAsync($"import-esco: {ex.Message} Nothing was imported.");
            return 1;
        }
    }

    /// <summary>Writes each progress line at once, with the time since the verb started.</summary>
    private sealed class ConsoleProgress(Stopwatch stopwatch) : IProgress<string>
    {
        public void Report(string value) => Console.WriteLine($"[{stopwatch.Elapsed.TotalSeconds,6:0.0} s] {value}");
    }

    /// <summary>
    /// `dotnet run --project src/TalentMatch.Api` starts in the project folder, so a path relative
    /// to where the command was typed (usually the repository root) is looked up from the working
    /// folder's ancestors too; the path used is printed.
    /// </summary>
    private static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return path;
        }

        for (var folder = new DirectoryInfo(Environment.CurrentDirectory).Parent; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.GetFullPath(Path.Combine(folder.FullName, path));
            if (File.Exists(candidate))
            {
                Console.WriteLine($"import-esco: reading {candidate}");
                return candidate;
            }
        }

        return path;
    }
}
