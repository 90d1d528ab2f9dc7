using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Matching.OccupationSearch;

namespace TalentMatch.Infrastructure.Catalogue;

/// <summary>
/// Occupation search for the API: loads every occupation label once into an
/// <see cref="OccupationSearchIndex"/> and shows hits with the preferred label in the user's language.
/// Rebuilt after the catalogue changes.
/// </summary>
public sealed class OccupationSearch(IServiceScopeFactory scopes) : IOccupationSearch
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Index? _index;

    public async Task<IReadOnlyList<OccupationSearchHit>> SearchAsync(string query, int limit, string language, CancellationToken cancellationToken)
    {
        var index = _index ?? await BuildAsync(cancellationToken);
        return index.Search.Search(query, limit)
            .Select(hit =>
            {
                var occupation = index.Occupations[hit.OccupationId];
                var label = occupation.Preferred.GetValueOrDefault(language) ?? occupation.Preferred.GetValueOrDefault("en") ?? occupation.Preferred.Values.FirstOrDefault() ?? hit.MatchedLabel;
                return new OccupationSearchHit(hit.OccupationId, occupation.EscoUri, label, occupation.IscoGroup, hit.Score, hit.MatchedLabel);
            })
            .ToList();
    }

    public void Invalidate() => _index = null;

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
            var labels = await db.OccupationLabels.AsNoTracking()
                .Select(l => new OccupationLabelRow(l.OccupationId, l.Language, l.Text, l.IsPreferred))
                .ToListAsync(cancellationToken);
            var preferred = labels.Where(l => l.IsPreferred).GroupBy(l => l.OccupationId)
                .ToDictionary(g => g.Key, g => g.GroupBy(l => l.Language).ToDictionary(l => l.Key, l => l.First().Text));
            var index = new Index(
                occupations.ToDictionary(o => o.Id, o => new OccupationEntry(o.EscoUri, o.IscoGroup, preferred.GetValueOrDefault(o.Id, []))),
                new OccupationSearchIndex(labels));
            _index = index;
            return index;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record OccupationEntry(string? EscoUri, string? IscoGroup, Dictionary<string, string> Preferred);

    private sealed record Index(Dictionary<Guid, OccupationEntry> Occupations, OccupationSearchIndex Search);
}
