using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Features.Notifications;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Infrastructure.Notifications;

/// <summary>
/// Sends the notification outbox by e-mail: unsent notifications that have attempts left, oldest
/// first, in batches. A pass first claims its batch with a lease in one UPDATE (claimed-by and
/// lease-until), so dispatchers on several instances sharing one database never send the same
/// notification twice; a pass that dies gives its rows up when the lease runs out. Each
/// notification is saved as sent or failed right after its attempt, so a crash resends at most
/// the one in flight.
/// </summary>
public sealed class NotificationDispatcher(
    ITalentMatchDbContext db,
    IIdentityService identity,
    INotificationSender sender,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<NotificationDispatcher> logger)
{
    public const int BatchSize = 50;

    /// <summary>One pass over the outbox; returns how many e-mails went out. Does nothing while delivery is off.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return 0;
        }

        // A notification that failed in this pass waits for the next one rather than being retried at once.
        var failed = new List<Guid>();
        var sent = 0;
        var pass = Guid.NewGuid().ToString("N");
        while (true)
        {
            var batch = await ClaimBatchAsync(pass, settings, failed, cancellationToken);
            var sentInBatch = 0;
            foreach (var notification in batch)
            {
                if (await TrySendAsync(notification, cancellationToken))
                {
                    sentInBatch++;
                }
                else
                {
                    failed.Add(notification.Id);
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            sent += sentInBatch;

            // Stop at the end of the outbox, or when nothing goes out (the mail server is down).
            if (batch.Count < BatchSize || sentInBatch == 0)
            {
                return sent;
            }
        }
    }

    /// <summary>
    /// Claims the oldest free rows for this pass in one UPDATE (free: unsent, attempts left, no
    /// lease or an expired one), then loads the rows it holds. The database applies the UPDATE's
    /// condition row by row, so of two passes racing for a row only one gets it.
    /// </summary>
    private async Task<List<Notification>> ClaimBatchAsync(string pass, EmailOptions settings, List<Guid> failed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseUntil = now.AddSeconds(settings.LeaseSeconds);
        var free = db.Notifications.Where(n =>
            n.SentAt == null && n.SendAttempts < settings.MaxAttempts && (n.LeaseUntil == null || n.LeaseUntil < now));
        var oldest = free
            .Where(n => !failed.Contains(n.Id))
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
            .Take(BatchSize)
            .Select(n => n.Id);
        await free
            .Where(n => oldest.Contains(n.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ClaimedBy, pass).SetProperty(n => n.LeaseUntil, leaseUntil), cancellationToken);
        return await db.Notifications
            .Where(n => n.ClaimedBy == pass && n.SentAt == null && !failed.Contains(n.Id))
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> TrySendAsync(Notification notification, CancellationToken cancellationToken)
    {
        var recipient = await identity.FindUserAsync(notification.RecipientUserId, cancellationToken);
        if (string.IsNullOrWhiteSpace(recipient?.Email))
        {
            notification.MarkSendFailed("The recipient has no account or no e-mail address.");
            return false;
        }

        try
        {
            await sender.SendAsync(NotificationTexts.Email(recipient.Email, notification.Type), cancellationToken);
            notification.MarkSent(clock.GetUtcNow().UtcDateTime);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Notification {NotificationId} could not be e-mailed (attempt {Attempt})", notification.Id, notification.SendAttempts + 1);
            notification.MarkSendFailed(ex.Message);
            return false;
        }
    }
}
