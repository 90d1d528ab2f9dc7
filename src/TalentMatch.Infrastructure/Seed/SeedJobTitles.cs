using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Seed;

/// <summary>
/// The expert-mapped Dutch job titles shipped with the product (Seed/Data/jobtitles-nl.tsv:
/// melo-benchmark, MIT; see docs/data-sources.md) that seed the title memory: one row per title
/// and ESCO occupation it was mapped to.
/// </summary>
public static class SeedJobTitles
{
    private const string Resource = "TalentMatch.Infrastructure.Seed.Data.jobtitles-nl.tsv";

    /// <summary>The (title, occupation URI) pairs of the file, in file order.</summary>
    public static IReadOnlyList<(string Title, string OccupationUri)> Load()
    {
        using var stream = typeof(SeedJobTitles).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException("The seed job titles are not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var pairs = new List<(string, string)>();
        reader.ReadLine(); // header: query, relevantOccupationUris
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            if (cells.Length < 2 || cells[0].Trim().Length == 0)
            {
                continue;
            }

            foreach (var uri in cells[1].Split([' ', ',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                pairs.Add((cells[0].Trim(), uri));
            }
        }

        return pairs;
    }

    /// <summary>
    /// Seeds the title memory once: when it holds no seeded title yet. Titles an admin removes
    /// later stay removed (unless every seeded title is removed).
    /// </summary>
    public static async Task<int> SeedAsync(TalentMatchDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.TitleMemory.AnyAsync(e => e.Source == TitleSource.Seed, cancellationToken))
        {
            return 0;
        }

        var seen = new HashSet<(string, string)>();
        var entries = Load()
            .Select(p => new TitleMemoryEntry(p.Title, p.OccupationUri, TitleSource.Seed, now))
            .Where(e => e.Normalized.Length > 0 && seen.Add((e.Normalized, e.OccupationUri)))
            .ToList();
        db.TitleMemory.AddRange(entries);
        await db.SaveChangesAsync(cancellationToken);
        return entries.Count;
    }
}
