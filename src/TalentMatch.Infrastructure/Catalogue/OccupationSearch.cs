using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Common;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Catalogue;

/// <summary>
/// Occupation search over every label in every language, held in memory. Scores combine exact
/// and prefix hits with character-trigram overlap, so typos ("magazijnir"), compounds
/// ("magazijnmedewerker" for "magazijn medewerker") and gendered forms still find the occupation.
/// </summary>
public sealed class OccupationSearch(IServiceScopeFactory scopes) : IOccupationSearch
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Index? _index;

    public async Task<IReadOnlyList<OccupationSearchHit>> SearchAsync(string query, int limit, string language, CancellationToken cancellationToken)
    {
        var index = _index ?? await BuildAsync(cancellationToken);
        var normalized = TextNormalizer.Normalize(query);
        if (normalized.Length == 0)
        {
            return [];
        }

        var queryGrams = Trigrams(normalized);
        var best = new Dictionary<Guid, (double Score, string Label)>();
        foreach (var entry in index.Labels)
        {
            var score = Similarity(normalized, queryGrams, entry);
            if (score <= 0.2)
            {
                continue;
            }

            if (!best.TryGetValue(entry.OccupationId, out var current) || score > current.Score)
            {
                best[entry.OccupationId] = (score, entry.Text);
            }
        }

        return best
            .OrderByDescending(b => b.Value.Score).ThenBy(b => b.Key)
            .Take(limit)
            .Select(b =>
            {
                var occupation = index.Occupations[b.Key];
                var label = occupation.Preferred.GetValueOrDefault(language) ?? occupation.Preferred.GetValueOrDefault("en") ?? occupation.Preferred.Values.FirstOrDefault() ?? b.Value.Label;
                return new OccupationSearchHit(b.Key, occupation.EscoUri, label, occupation.IscoGroup, Math.Round(b.Value.Score, 4), b.Value.Label);
            })
            .ToList();
    }

    public void Invalidate() => _index = null;

    private static double Similarity(string query, HashSet<string> queryGrams, LabelEntry entry)
    {
        if (entry.Normalized == query)
        {
            return entry.IsPreferred ? 1.0 : 0.98;
        }

        var common = 0;
        foreach (var gram in queryGrams)
        {
            if (entry.Grams.Contains(gram))
            {
                common++;
            }
        }

        var dice = 2.0 * common / (queryGrams.Count + entry.Grams.Count);
        var containment = (double)common / queryGrams.Count;
        var score = (0.6 * dice) + (0.3 * containment);
        if (entry.Normalized.StartsWith(query, StringComparison.Ordinal))
        {
            score += 0.08;
        }

        return score * (entry.IsPreferred ? 1.0 : 0.97);
    }

    private static HashSet<string> Trigrams(string normalized)
    {
        var padded = $"  {normalized} ";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            grams.Add(padded.Substring(i, 3));
        }

        return grams;
    }

    private async Task<Index> BuildAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_index is { } built)
            {
                return built;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
            var occupations = await db.Occupations.AsNoTracking().Select(o => new { o.Id, o.EscoUri, o.IscoGroup }).ToListAsync(cancellationToken);
            var labels = await db.OccupationLabels.AsNoTracking().ToListAsync(cancellationToken);
            var byOccupation = labels.GroupBy(l => l.OccupationId).ToDictionary(g => g.Key, g => g.ToList());
            var index = new Index(
                occupations.ToDictionary(
                    o => o.Id,
                    o => new OccupationEntry(
                        o.EscoUri,
                        o.IscoGroup,
                        byOccupation.GetValueOrDefault(o.Id, []).Where(l => l.IsPreferred).GroupBy(l => l.Language).ToDictionary(g => g.Key, g => g.First().Text))),
                labels.Select(l => new LabelEntry(l.OccupationId, l.Text, l.Normalized, l.IsPreferred, Trigrams(l.Normalized))).ToList());
            _index = index;
            return index;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record OccupationEntry(string? EscoUri, string? IscoGroup, Dictionary<string, string> Preferred);

    private sealed record LabelEntry(Guid OccupationId, string Text, string Normalized, bool IsPreferred, HashSet<string> Grams);

    private sealed record Index(Dictionary<Guid, OccupationEntry> Occupations, List<LabelEntry> Labels);
}
