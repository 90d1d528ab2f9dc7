using TalentMatch.Matching;

namespace TalentMatch.Application.Abstractions;

/// <summary>An open opportunity as the engine sees it (prepared once), with what a ranked list shows of it.</summary>
public sealed record IndexedOpportunity(PreparedOpportunity Prepared, string Title, Guid? OrganisationId)
{
    public OpportunitySpec Spec => Prepared.Spec;
}

/// <summary>A consistent view of the matching read model at one change-feed sequence number.</summary>
public sealed record MatchSnapshot(MatchIndex People, IReadOnlyCollection<IndexedOpportunity> OpenOpportunities, long Sequence);

/// <summary>
/// The in-memory read model behind every match endpoint: people in a <see cref="MatchIndex"/>,
/// open opportunities prepared for scoring. <see cref="CurrentAsync"/> first applies every change
/// committed to the database since the last call, so a client that writes and then asks for
/// matches sees its write, whichever API instance served the write.
/// </summary>
public interface IMatchReadModel : IReadModelCache
{
    Task<MatchSnapshot> CurrentAsync(CancellationToken cancellationToken);
}
