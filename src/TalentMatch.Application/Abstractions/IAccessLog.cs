using TalentMatch.Domain.Privacy;

namespace TalentMatch.Application.Abstractions;

/// <summary>
/// Records reads of a person's records by someone else. Recording is cheap (it queues); the
/// entries are written in batches in the background, and every queued entry is written before
/// the host stops.
/// </summary>
public interface IAccessLog
{
    void Record(AccessLogEntry entry);

    /// <summary>Writes every queued entry now (before the person reads their log, or an erasure).</summary>
    Task FlushAsync(CancellationToken cancellationToken);
}

/// <summary>The route the current request came through, e.g. <c>GET /api/v1/profiles/{id}</c>.</summary>
public interface IRequestRoute
{
    string Current { get; }
}
