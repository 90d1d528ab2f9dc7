namespace TalentMatch.Application.Abstractions;

/// <summary>An e-mail about a notification: the recipient's address and a text that names nobody.</summary>
public sealed record NotificationEmail(string To, string Subject, string Body);

/// <summary>Delivers notification e-mails (SMTP in production, a pickup folder in tests).</summary>
public interface INotificationSender
{
    Task SendAsync(NotificationEmail email, CancellationToken cancellationToken);
}
