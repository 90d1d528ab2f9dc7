namespace TalentMatch.Domain.Changes;

/// <summary>What kind of state a change touched.</summary>
public enum ChangedEntity
{
    Profile = 1,
    Opportunity = 2,
    Catalogue = 3,

    /// <summary>A person was erased. The row names nobody (its id is empty): instances drop whoever is gone.</summary>
    Erasure = 4,
}

/// <summary>
/// One row of the change feed: written in the same transaction as the change it records, so every
/// API instance sharing the database can bring its in-memory read models up to date by reading
/// the rows after the last sequence number it applied.
/// </summary>
public class ChangeRecord
{
    private ChangeRecord()
    {
    }

    public ChangeRecord(ChangedEntity entity, Guid entityId, DateTime changedAt)
    {
        Entity = entity;
        EntityId = entityId;
        ChangedAt = changedAt;
    }

    /// <summary>The sequence number, increasing with every committed change.</summary>
    public long Sequence { get; private set; }
    public ChangedEntity Entity { get; private set; }
    public Guid EntityId { get; private set; }
    public DateTime ChangedAt { get; private set; }
}
