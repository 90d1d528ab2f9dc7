using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;

namespace TalentMatch.Infrastructure.Notifications;

/// <summary>Sends notification e-mails over SMTP, or writes them as .eml files to the pickup directory.</summary>
internal sealed class SmtpNotificationSender(IOptions<EmailOptions> options, IHostEnvironment environment) : INotificationSender
{
    public async Task SendAsync(NotificationEmail email, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = new MailMessage(settings.From!, email.To, email.Subject, email.Body)
        {
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            // Readable in the raw message, and safe for servers without 8-bit support.
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
        };
        using var client = CreateClient(settings);
        await client.SendMailAsync(message, cancellationToken);
    }

    private SmtpClient CreateClient(EmailOptions settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.PickupDirectory))
        {
            var folder = Path.GetFullPath(settings.PickupDirectory, environment.ContentRootPath);
            Directory.CreateDirectory(folder);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };
        }

        return new SmtpClient(settings.Host, settings.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = settings.UseSsl,
            Credentials = string.IsNullOrEmpty(settings.UserName) ? null : new NetworkCredential(settings.UserName, settings.Password),
        };
    }
}
