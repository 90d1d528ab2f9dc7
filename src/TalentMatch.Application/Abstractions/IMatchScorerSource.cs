using TalentMatch.Matching;

namespace TalentMatch.Application.Abstractions;

/// <summary>
/// The scorer over the current competence taxonomy. The taxonomy is held in memory and rebuilt
/// after the catalogue changes (see <see cref="IReadModelCache"/>).
/// </summary>
public interface IMatchScorerSource : IReadModelCache
{
    Task<IMatchScorer> GetScorerAsync(CancellationToken cancellationToken);
}
