using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;

namespace TalentMatch.Application.Features.Privacy;

/// <summary>
/// Deletes change-feed rows older than <see cref="RetentionOptions.ChangeFeedDays"/> (the newest
/// row always stays, so sequence numbers keep rising) and notifications read more than
/// <see cref="RetentionOptions.ReadNotificationDays"/> ago, and the kept answers of idempotent writes
/// older than <see cref="RetentionOptions.IdempotencyKeyDays"/> (they may name people). An instance whose index position falls
/// behind the retained feed rebuilds its index. Running it again deletes nothing new.
/// </summary>
public sealed record RunRetentionCommand : ICommand<RetentionRunDto>;

public sealed record RetentionRunDto(int ChangeRowsDeleted, int NotificationsDeleted, int IdempotencyRecordsDeleted);

public sealed class RunRetentionCommandHandler(ITalentMatchDbContext db, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RunRetentionCommandHandler> logger)
    : IRequestHandler<RunRetentionCommand, RetentionRunDto>
{
    public async Task<RetentionRunDto> Handle(RunRetentionCommand request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = 0;
        if (settings.ChangeFeedDays > 0)
        {
            var before = now.AddDays(-settings.ChangeFeedDays);
            var newest = await db.ChangeFeed.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
            changes = await db.ChangeFeed.Where(c => c.ChangedAt < before && c.Sequence < newest).ExecuteDeleteAsync(cancellationToken);
        }

        var notifications = 0;
        if (settings.ReadNotificationDays > 0)
        {
            var readBefore = now.AddDays(-settings.ReadNotificationDays);
            notifications = await db.Notifications.Where(n => n.ReadAt != null && n.ReadAt < readBefore).ExecuteDeleteAsync(cancellationToken);
        }

        var idempotency = 0;
        if (settings.IdempotencyKeyDays > 0)
        {
            var keptSince = now.AddDays(-settings.IdempotencyKeyDays);
            idempotency = await db.ProcessedRequests.Where(r => r.CreatedAt < keptSince).ExecuteDeleteAsync(cancellationToken);
        }

        logger.LogInformation(
            "Retention: {Changes} change-feed rows, {Notifications} read notifications and {Idempotency} idempotency records deleted",
            changes, notifications, idempotency);
        return new RetentionRunDto(changes, notifications, idempotency);
    }
}
