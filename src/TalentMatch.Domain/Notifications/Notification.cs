namespace TalentMatch.Domain.Notifications;

/// <summary>What happened. The text is written when the notification is read, in the reader's language.</summary>
public enum NotificationType
{
    ProposalMade = 1,
    AnswerGiven = 2,
    CheckInDue = 3,
    CheckInOverdue = 4,
    Escalation = 5,
    ConsentWithdrawn = 6,
    CoachAssigned = 7,
}

/// <summary>
/// An outbox row: an event for one recipient, written in the same transaction as the change
/// that caused it. It carries ids only (no names or contact data), so nothing about a person
/// leaks through a notification or an e-mail.
/// </summary>
public class Notification
{
    private Notification()
    {
    }

    public Notification(Guid recipientUserId, NotificationType type, Guid subjectId, DateTime createdAt)
    {
        RecipientUserId = recipientUserId;
        Type = type;
        SubjectId = subjectId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid RecipientUserId { get; private set; }
    public NotificationType Type { get; private set; }

    /// <summary>The match, check-in or escalation the notification is about.</summary>
    public Guid SubjectId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReadAt { get; private set; }

    /// <summary>E-mail delivery: when it was sent, how often it was tried, the last error.</summary>
    public DateTime? SentAt { get; private set; }
    public int SendAttempts { get; private set; }
    public string? LastSendError { get; private set; }

    /// <summary>
    /// The dispatch pass that claimed the row for sending, and until when: another instance leaves
    /// it alone until the lease runs out (a pass that crashed gives it up that way).
    /// </summary>
    public string? ClaimedBy { get; private set; }
    public DateTime? LeaseUntil { get; private set; }

    public void MarkRead(DateTime now) => ReadAt ??= now;

    public void MarkSent(DateTime now)
    {
        SentAt = now;
        SendAttempts++;
        LastSendError = null;
    }

    public void MarkSendFailed(string error)
    {
        SendAttempts++;
        LastSendError = error.Length > 500 ? error[..500] : error;
        LeaseUntil = null;
    }
}
