using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Features.Notifications;

public sealed record NotificationDto(
    Guid Id,
    NotificationType Type,
    Guid SubjectId,
    string? Link,
    string Text,
    DateTime CreatedAt,
    DateTime? ReadAt);

/// <summary>
/// What a notification says and where it points. The subject of each type: a match for a
/// proposal, an answer or withdrawn consent; a check-in when one is due or overdue; an
/// escalation (linked to the check-in that raised it); a profile when a coach is assigned.
/// Texts say what happened, never who: no names or contact data.
/// </summary>
public static class NotificationTexts
{
    public static readonly string[] EmailLanguages = ["nl", "en", "fr"];

    public static string Text(NotificationType type, string language) => Messages.Get(KeyOf(type), language);

    /// <summary>The API resource the notification is about; <paramref name="escalationCheckIns"/> maps an escalation to its check-in.</summary>
    public static string? Link(NotificationType type, Guid subjectId, IReadOnlyDictionary<Guid, Guid> escalationCheckIns) => type switch
    {
        NotificationType.ProposalMade or NotificationType.AnswerGiven or NotificationType.ConsentWithdrawn => $"/api/v1/matches/{subjectId}",
        NotificationType.CheckInDue or NotificationType.CheckInOverdue => $"/api/v1/aftercare/check-ins/{subjectId}",
        NotificationType.Escalation => escalationCheckIns.TryGetValue(subjectId, out var checkIn) ? $"/api/v1/aftercare/check-ins/{checkIn}" : null,
        NotificationType.CoachAssigned => $"/api/v1/profiles/{subjectId}",
        _ => null,
    };

    public static NotificationDto ToDto(this Notification n, string language, IReadOnlyDictionary<Guid, Guid> escalationCheckIns) =>
        new(n.Id, n.Type, n.SubjectId, Link(n.Type, n.SubjectId, escalationCheckIns), Text(n.Type, language), n.CreatedAt, n.ReadAt);

    /// <summary>
    /// The e-mail for a notification. The recipient's language is not stored, so the text comes in
    /// Dutch, English and French; the reader signs in to see who and what.
    /// </summary>
    public static NotificationEmail Email(string to, NotificationType type)
    {
        // Mail lines end in CRLF whatever the server's platform.
        var body = string.Join("\r\n\r\n", EmailLanguages.Select(language => $"{Text(type, language)}\r\n{Messages.Get(Messages.NotificationSignIn, language)}"));
        return new NotificationEmail(to, $"TalentMatch: {Text(type, "nl")}", body + "\r\n");
    }

    private static string KeyOf(NotificationType type) => type switch
    {
        NotificationType.ProposalMade => Messages.NotificationProposalMade,
        NotificationType.AnswerGiven => Messages.NotificationAnswerGiven,
        NotificationType.CheckInDue => Messages.NotificationCheckInDue,
        NotificationType.CheckInOverdue => Messages.NotificationCheckInOverdue,
        NotificationType.Escalation => Messages.NotificationEscalation,
        NotificationType.ConsentWithdrawn => Messages.NotificationConsentWithdrawn,
        NotificationType.CoachAssigned => Messages.NotificationCoachAssigned,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "A notification type without a text."),
    };
}
