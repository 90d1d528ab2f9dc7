using System.Collections.Concurrent;
using TalentMatch.Application.Abstractions;

namespace TalentMatch.Application.Features.Catalogue;

/// <summary>
/// Display labels of competences and occupations per language, read once and then served from
/// memory. Cleared when the catalogue changes: by the change-feed interceptor for a change on this
/// instance, by the match read model when the feed brings one from another instance, and by
/// <see cref="IReadModelCache.Invalidate"/> after an import.
/// </summary>
public sealed class CatalogueLabelCache : IReadModelCache
{
    private volatile Tables _tables = new();

    /// <summary>Preferred labels in <paramref name="language"/> (else English, Dutch, any) of the ids the catalogue knows.</summary>
    public Task<IReadOnlyDictionary<Guid, string>> CompetencesAsync(ITalentMatchDbContext db, IEnumerable<Guid> ids, string language, CancellationToken cancellationToken) =>
        LookUpAsync(_tables.Competences, ids, language, missing => db.CompetenceLabelsAsync(missing, language, cancellationToken));

    /// <inheritdoc cref="CompetencesAsync"/>
    public Task<IReadOnlyDictionary<Guid, string>> OccupationsAsync(ITalentMatchDbContext db, IEnumerable<Guid> ids, string language, CancellationToken cancellationToken) =>
        LookUpAsync(_tables.Occupations, ids, language, missing => db.OccupationLabelsAsync(missing, language, cancellationToken));

    public void Invalidate() => _tables = new Tables();

    private static async Task<IReadOnlyDictionary<Guid, string>> LookUpAsync(
        ConcurrentDictionary<string, ConcurrentDictionary<Guid, string>> byLanguage,
        IEnumerable<Guid> ids,
        string language,
        Func<List<Guid>, Task<Dictionary<Guid, string>>> read)
    {
        // The table is taken once: labels read while the cache is cleared land in the old table, never the new one.
        var table = byLanguage.GetOrAdd(language, _ => new ConcurrentDictionary<Guid, string>());
        var found = new Dictionary<Guid, string>();
        HashSet<Guid>? missing = null;
        foreach (var id in ids)
        {
            if (table.TryGetValue(id, out var label))
            {
                if (label.Length > 0)
                {
                    found[id] = label;
                }
            }
            else
            {
                (missing ??= []).Add(id);
            }
        }

        if (missing is null)
        {
            return found;
        }

        var labels = await read([.. missing]);
        foreach (var id in missing)
        {
            // An id the catalogue does not know is remembered as "" (no label), so it is not asked again.
            var label = labels.GetValueOrDefault(id, "");
            table[id] = label;
            if (label.Length > 0)
            {
                found[id] = label;
            }
        }

        return found;
    }

    private sealed class Tables
    {
        public ConcurrentDictionary<string, ConcurrentDictionary<Guid, string>> Competences { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, ConcurrentDictionary<Guid, string>> Occupations { get; } = new(StringComparer.Ordinal);
    }
}
