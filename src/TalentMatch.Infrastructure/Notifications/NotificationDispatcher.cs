using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Features.Notifications;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Infrastructure.Notifications;

/// <summary>
/// Sends the notification outbox by e-mail: unsent notifications that have attempts left, oldest
/// first, in batches. Each notification is saved as sent or failed right after its attempt, so a
/// crash resends at most the one in flight. Run on one instance only: two dispatchers on one
/// database could both send the same notification.
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
        while (true)
        {
            var batch = await db.Notifications
                .Where(n => n.SentAt == null && n.SendAttempts < settings.MaxAttempts && !failed.Contains(n.Id))
                .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
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
