using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Abstractions;
using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Matching;

namespace TalentMatch.Infrastructure.Matching;

/// <summary>
/// The competence taxonomy (broader/narrower and related skills) loaded once from the catalogue
/// and held in memory, with the scorer over it. Rebuilt lazily after <see cref="Invalidate"/>.
/// </summary>
public sealed class TaxonomyProvider(IServiceScopeFactory scopes, MatchingOptions options) : IMatchScorerSource
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CompetenceScorer? _scorer;
    private int _generation;

    public async Task<IMatchScorer> GetScorerAsync(CancellationToken cancellationToken) =>
        _scorer ?? await BuildAsync(cancellationToken);

    public async Task<Taxonomy> GetTaxonomyAsync(CancellationToken cancellationToken) =>
        ((CompetenceScorer)await GetScorerAsync(cancellationToken)).Taxonomy;

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _scorer = null;
    }

    private async Task<CompetenceScorer> BuildAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_scorer is { } built)
            {
                return built;
            }

            var generation = Volatile.Read(ref _generation);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
            var broader = await db.CompetenceBroaders.AsNoTracking()
                .Select(b => new { b.CompetenceId, b.BroaderId })
                .ToListAsync(cancellationToken);
            var related = await db.CompetenceRelations.AsNoTracking()
                .Select(r => new { r.CompetenceId, r.RelatedId })
                .ToListAsync(cancellationToken);
            var scorer = new CompetenceScorer(options, new Taxonomy(broader.Select(b => (b.CompetenceId, b.BroaderId)), related.Select(r => (r.CompetenceId, r.RelatedId))));

            // A catalogue change while loading makes this copy stale: serve it once, keep none.
            if (generation == Volatile.Read(ref _generation))
            {
                _scorer = scorer;
            }

            return scorer;
        }
        finally
        {
            _gate.Release();
        }
    }
}
