using TalentMatch.Application.Abstractions;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Features.Notifications;

/// <summary>
/// The one place that writes notifications: a row in the outbox, in the same transaction as the
/// change that caused it (the e-mail dispatch sends it later).
/// </summary>
public sealed class Notifier(ITalentMatchDbContext db)
{
    /// <summary>Tells <paramref name="recipientUserId"/> what happened to <paramref name="subjectId"/>; nobody is told without a recipient.</summary>
    public void Notify(Guid? recipientUserId, NotificationType type, Guid subjectId, DateTime at)
    {
        if (recipientUserId is { } recipient)
        {
            db.Notifications.Add(new Notification(recipient, type, subjectId, at));
        }
    }
}
