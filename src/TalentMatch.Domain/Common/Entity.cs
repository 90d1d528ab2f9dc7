namespace TalentMatch.Domain.Common;

/// <summary>An entity identified by a time-ordered GUID (v7), so new rows append to indexes.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
}

/// <summary>
/// An aggregate root that people edit: it carries timestamps and a concurrency stamp that
/// doubles as the resource's ETag, so a stale write is refused instead of silently lost.
/// </summary>
public abstract class AggregateRoot : Entity
{
    public DateTime CreatedAt { get; protected set; }
    public DateTime UpdatedAt { get; protected set; }
    public Guid CreatedByUserId { get; protected set; }
    public string ConcurrencyStamp { get; protected set; } = NewStamp();

    protected void Created(Guid byUserId, DateTime now)
    {
        CreatedByUserId = byUserId;
        CreatedAt = now;
        UpdatedAt = now;
    }

    /// <summary>Marks a change: a new stamp makes every earlier ETag stale.</summary>
    public void Touch(DateTime now)
    {
        UpdatedAt = now;
        ConcurrencyStamp = NewStamp();
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
