using System.Collections.Concurrent;
using TalentMatch.Matching;

namespace TalentMatch.Application.Abstractions;

/// <summary>An open opportunity as the engine sees it (prepared once), with what a ranked list shows of it.</summary>
public sealed record IndexedOpportunity(PreparedOpportunity Prepared, string Title, Guid? OrganisationId)
{
    public OpportunitySpec Spec => Prepared.Spec;
}

/// <summary>A consistent view of the matching read model at one change-feed sequence number.</summary>
public sealed record MatchSnapshot(MatchIndex People, IReadOnlyDictionary<Guid, IndexedOpportunity> OpenOpportunities, long Sequence)
{
    /// <summary>What a ranked list of people shows of each indexed person, kept with the index (nobody unless the read model sets it).</summary>
    public ShownPeople Shown { get; init; } = ShownPeople.None;
}

/// <summary>
/// Display name and postcode of every person in the match index, so a ranked list of people needs
/// no database round trip. Changed with the index by the same catch-up; many readers, one writer.
/// </summary>
public sealed class ShownPeople
{
    /// <summary>Nobody, and nobody can be added: the default of a snapshot the read model did not make.</summary>
    public static readonly ShownPeople None = new();

    private readonly ConcurrentDictionary<Guid, (string DisplayName, string Postcode)> _people = new();

    /// <summary>Postcodes are few: one string each instead of one per person.</summary>
    private readonly ConcurrentDictionary<string, string> _postcodes = new(StringComparer.Ordinal);

    public int Count => _people.Count;

    public void Set(Guid id, string displayName, string postcode)
    {
        if (ReferenceEquals(this, None))
        {
            throw new InvalidOperationException("ShownPeople.None stays empty.");
        }

        _people[id] = (displayName, _postcodes.GetOrAdd(postcode, postcode));
    }

    public void Remove(Guid id) => _people.TryRemove(id, out _);

    /// <summary>The person's display name and postcode, or false when they are not (or no longer) indexed.</summary>
    public bool TryFind(Guid id, out string displayName, out string postcode)
    {
        var found = _people.TryGetValue(id, out var shown);
        (displayName, postcode) = shown;
        return found;
    }
}

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
