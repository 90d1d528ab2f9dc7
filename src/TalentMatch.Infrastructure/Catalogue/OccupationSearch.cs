using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Matching.OccupationSearch;

namespace TalentMatch.Infrastructure.Catalogue;

/// <summary>
/// Occupation search for the API: loads every occupation label once into an
/// <see cref="OccupationSearchIndex"/> (with the English labels of each occupation's essential
/// skills, what it does), and the title memory into a <see cref="TitleMemoryIndex"/>,
/// and shows hits with the preferred label in the user's language. The labels are rebuilt after
/// the catalogue changes. The title memory is small and changes as people work: before each
/// search a one-row fingerprint of the table (rows, summed counts, newest id) is read, and the
/// memory part alone is rebuilt when it changed, so a title remembered on any instance counts in
/// the next search everywhere.
/// </summary>
public sealed class OccupationSearch(IServiceScopeFactory scopes) : IOccupationSearch
{
    // A query folded to fewer letters says nothing about an occupation.
    private const int MinimumQueryLength = 2;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Index? _index;
    private volatile Memory? _memory;

    public async Task<IReadOnlyList<OccupationSearchHit>> SearchAsync(string query, int limit, string language, CancellationToken cancellationToken)
    {
        if (Domain.Common.TextNormalizer.Normalize(query).Replace(" ", "", StringComparison.Ordinal).Length < MinimumQueryLength)
        {
            return [];
        }

        var index = _index ?? await BuildAsync(cancellationToken);
        var memory = await MemoryAsync(index, cancellationToken);
        return index.Search.Search(query, limit, memory)
            .Select(hit =>
            {
                var occupation = index.Occupations[hit.OccupationId];
                var label = occupation.Preferred.GetValueOrDefault(language) ?? occupation.Preferred.GetValueOrDefault("en") ?? occupation.Preferred.Values.FirstOrDefault() ?? hit.MatchedLabel;
                return new OccupationSearchHit(hit.OccupationId, occupation.EscoUri, label, occupation.IscoGroup, hit.Score, hit.MatchedLabel, hit.MatchedTitle);
            })
            .ToList();
    }

    public void Invalidate()
    {
        _index = null;
        _memory = null;
    }

    private async Task<TitleMemoryIndex> MemoryAsync(Index index, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
        var fingerprint = await db.TitleMemory.GroupBy(_ => 1)
            .Select(g => new Fingerprint(g.Count(), g.Sum(e => (long)e.Count), g.Max(e => e.Id)))
            .FirstOrDefaultAsync(cancellationToken) ?? new Fingerprint(0, 0, 0);
        if (_memory is { } current && ReferenceEquals(current.Labels, index) && current.Fingerprint == fingerprint)
        {
            return current.Titles;
        }

        var rows = await db.TitleMemory.AsNoTracking().Select(e => new { e.Title, e.OccupationUri, e.Count }).ToListAsync(cancellationToken);
        var titles = new TitleMemoryIndex(index.Search, rows
            .Where(r => index.ByUri.ContainsKey(r.OccupationUri))
            .Select(r => new RememberedTitle(index.ByUri[r.OccupationUri], r.Title, r.Count)));
        _memory = new Memory(index, fingerprint, titles);
        return titles;
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
            var labels = await db.OccupationLabels.AsNoTracking()
                .Select(l => new OccupationLabelRow(l.OccupationId, l.Language, l.Text, l.IsPreferred))
                .ToListAsync(cancellationToken);
            // What each occupation does: the English labels of its essential skills.
            var activities = await (
                from relation in db.OccupationCompetences.AsNoTracking()
                where relation.Relation == OccupationCompetenceRelation.Essential
                join label in db.CompetenceLabels.AsNoTracking() on relation.CompetenceId equals label.CompetenceId
                where label.Language == "en" && label.IsPreferred
                select new OccupationActivityRow(relation.OccupationId, label.Text))
                .ToListAsync(cancellationToken);
            var preferred = labels.Where(l => l.IsPreferred).GroupBy(l => l.OccupationId)
                .ToDictionary(g => g.Key, g => g.GroupBy(l => l.Language).ToDictionary(l => l.Key, l => l.First().Text));
            var index = new Index(
                occupations.ToDictionary(o => o.Id, o => new OccupationEntry(o.EscoUri, o.IscoGroup, preferred.GetValueOrDefault(o.Id, []))),
                occupations.Where(o => o.EscoUri is not null).ToDictionary(o => o.EscoUri!, o => o.Id, StringComparer.Ordinal),
                new OccupationSearchIndex(labels, OccupationSynonyms.Default, groups: occupations.Where(o => o.IscoGroup is not null).ToDictionary(o => o.Id, o => o.IscoGroup!), activities: activities));
            _index = index;
            return index;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record OccupationEntry(string? EscoUri, string? IscoGroup, Dictionary<string, string> Preferred);

    private sealed record Index(Dictionary<Guid, OccupationEntry> Occupations, Dictionary<string, Guid> ByUri, OccupationSearchIndex Search);

    private sealed record Fingerprint(int Rows, long Total, long Newest);

    private sealed record Memory(Index Labels, Fingerprint Fingerprint, TitleMemoryIndex Titles);
}
