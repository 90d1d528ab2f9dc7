using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;
using TalentMatch.Domain.Privacy;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Privacy;

/// <summary>How the access log is written (<c>AccessLog:*</c>).</summary>
public sealed class AccessLogOptions
{
    public const string SectionName = "AccessLog";

    /// <summary>At most this long after a read its entry is written (reads within it share one batch).</summary>
    public int FlushMilliseconds { get; set; } = 1000;

    /// <summary>Entries written in one statement batch at most.</summary>
    public int BatchSize { get; set; } = 500;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (FlushMilliseconds is < 0 or > 3_600_000)
        {
            errors.Add($"{SectionName}:FlushMilliseconds must be between 0 and 3600000 (an hour).");
        }

        if (BatchSize is < 1 or > 10_000)
        {
            errors.Add($"{SectionName}:BatchSize must be between 1 and 10000.");
        }

        return errors;
    }
}

/// <summary>
/// The access log: a read queues its entries in a channel (no database work on the request
/// path); this background writer saves them in batches. Only reads by someone other than the
/// person are kept, and none about a person erased meanwhile. On a normal shutdown every queued
/// entry is written before the host stops (the web server, started last, has stopped by then).
/// </summary>
public sealed class AccessLogWriter(IServiceScopeFactory scopes, IOptions<AccessLogOptions> options, TimeProvider time, ILogger<AccessLogWriter> logger)
    : BackgroundService, IAccessLog
{
    private readonly Channel<AccessLogEntry> _queue = Channel.CreateUnbounded<AccessLogEntry>(new UnboundedChannelOptions { SingleReader = false });
    private readonly SemaphoreSlim _writing = new(1, 1);

    public void Record(AccessLogEntry entry) => _queue.Writer.TryWrite(entry);

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            while (await WriteBatchAsync(cancellationToken) > 0)
            {
            }
        }
        finally
        {
            _writing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(options.Value.FlushMilliseconds);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                // Let more reads arrive, so they share one batch.
                await Task.Delay(delay, time, stoppingToken);
                await TryFlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: StopAsync writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(CancellationToken.None);
    }

    private async Task TryFlushAsync(CancellationToken stoppingToken)
    {
        try
        {
            await FlushAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The entries of the failed batch are lost; later ones are still written.
            logger.LogError(ex, "Writing the access log failed");
        }
    }

    /// <summary>Writes up to one batch of queued entries; returns how many were taken from the queue.</summary>
    private async Task<int> WriteBatchAsync(CancellationToken cancellationToken)
    {
        var batch = new List<AccessLogEntry>();
        while (batch.Count < options.Value.BatchSize && _queue.Reader.TryRead(out var entry))
        {
            batch.Add(entry);
        }

        if (batch.Count == 0)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();

        var ids = batch.Select(e => e.ProfileId).Distinct().ToList();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();

            // Serializable: an erasure either commits before the check (its entries are dropped)
            // or waits for the batch (and deletes what it wrote).
            await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
            var owners = await db.Profiles.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.OwnerUserId }).ToDictionaryAsync(p => p.Id, p => p.OwnerUserId, cancellationToken);
            var kept = batch.Where(e => owners.TryGetValue(e.ProfileId, out var owner) && owner != e.ReaderUserId).ToList();
            if (kept.Count > 0)
            {
                db.AccessLog.AddRange(kept);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        });

        return batch.Count;
    }
}
