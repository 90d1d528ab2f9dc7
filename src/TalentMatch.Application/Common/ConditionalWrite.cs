using TalentMatch.Application.Abstractions;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Common;

public static class ConditionalWrite
{
    /// <summary>
    /// Refuses a stale If-Match (412) and hands the stamp to EF, so a write that slips in
    /// between this read and the save is refused as well.
    /// </summary>
    public static void CheckIfMatch<T>(this ITalentMatchDbContext db, T aggregate, string? ifMatch, string resource)
        where T : AggregateRoot =>
        db.CheckIfMatch(aggregate, aggregate.ConcurrencyStamp, ifMatch, resource);

    /// <summary>The same for an entity that keeps its own concurrency stamp (not an aggregate root).</summary>
    public static void CheckIfMatch<T>(this ITalentMatchDbContext db, T entity, string currentStamp, string? ifMatch, string resource)
        where T : class
    {
        if (ETags.Parse(ifMatch) is not { } expected)
        {
            return;
        }

        if (expected != currentStamp)
        {
            throw new PreconditionFailedException(resource);
        }

        db.ExpectConcurrencyStamp(entity, expected);
    }
}
