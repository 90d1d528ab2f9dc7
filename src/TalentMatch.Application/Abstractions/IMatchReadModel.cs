using TalentMatch.Matching;

namespace TalentMatch.Application.Abstractions;

/// <summary>An open opportunity as the engine sees it (prepared once), with what a ranked list shows of it.</summary>
public sealed record IndexedOpportunity(PreparedOpportunity Prepared, string Title, Guid? OrganisationId)
{
    public OpportunitySpec Spec => Prepared.Spec;
}

/// <summary>A consistent view of the matching read model at one change-feed sequence number.</summary>
public sealed record MatchSnapshot(MatchIndex People, IReadOnlyDictionary<Guid, IndexedOpportunity> OpenOpportunities, long Sequence);

/// <summary>
/// The in-memory read model behind every match endpoint: people in a <see cref="MatchIndex"/>,
/// open opportunities prepared for scoring. See docs/architecture/match-index.md for when a
/// write becomes visible.
/// </summary>
public interface IMatchReadModel : IReadModelCache
{
    /// <summary>
    /// The current snapshot, at once; after a commit on this instance, first the catch-up that
    /// applies it (read-your-writes). Writes on other instances arrive with <see cref="RefreshAsync"/>.
    /// </summary>
    Task<MatchSnapshot> CurrentAsync(CancellationToken cancellationToken);

    /// <summary>Whether the index is built (a query does not wait for the build).</summary>
    bool IsWarm { get; }

    /// <summary>Applies every change committed since the last catch-up, from any instance (the periodic refresh).</summary>
    Task<MatchSnapshot> RefreshAsync(CancellationToken cancellationToken);
}
