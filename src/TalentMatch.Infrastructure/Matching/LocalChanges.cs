namespace TalentMatch.Infrastructure.Matching;

/// <summary>
/// Counts the commits on this instance that wrote change-feed rows (signalled by the change-feed
/// interceptor once the transaction has committed). The match read model catches up before a
/// query only when this count moved since its last catch-up: read-your-writes on this instance
/// without reading the feed on every request.
/// </summary>
public sealed class LocalChanges
{
    private long _count;

    public long Count => Volatile.Read(ref _count);

    public void Committed() => Interlocked.Increment(ref _count);
}
