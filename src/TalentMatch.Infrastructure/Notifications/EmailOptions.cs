using System.Net.Mail;

namespace TalentMatch.Infrastructure.Notifications;

/// <summary>
/// E-mail delivery of notifications (<c>Notifications:Email:*</c>). Off by default. With a
/// pickup directory, each e-mail is written there as an .eml file instead of sent (for tests and
/// for a mail relay that collects files).
/// </summary>
public sealed class EmailOptions
{
    public const string SectionName = "Notifications:Email";

    public bool Enabled { get; set; }
    public string? Host { get; set; }

    /// <summary>587 for STARTTLS (what <see cref="UseSsl"/> turns on); implicit TLS on 465 is not supported.</summary>
    public int Port { get; set; } = 587;
    public string? From { get; set; }
    public bool UseSsl { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>A folder (absolute, or relative to the content root) to write .eml files to instead of sending.</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>Seconds between dispatch passes.</summary>
    public int IntervalSeconds { get; set; } = 30;

    /// <summary>How often a notification is tried before it is given up.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How long a dispatch pass holds the notifications it claimed before another instance may take them.</summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>
    /// When delivery is on, what would keep it from sending a single e-mail, each naming its
    /// setting; empty when valid or off.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        if (!Enabled)
        {
            return [];
        }

        const string prefix = SectionName + ":";
        var errors = new List<string>();
        if (!MailAddress.TryCreate(From, out _))
        {
            errors.Add($"{prefix}From must be an e-mail address.");
        }

        if (string.IsNullOrWhiteSpace(PickupDirectory))
        {
            if (string.IsNullOrWhiteSpace(Host))
            {
                errors.Add($"{prefix}Host (or {prefix}PickupDirectory) is required.");
            }

            if (Port is < 1 or > 65535)
            {
                errors.Add($"{prefix}Port must be between 1 and 65535.");
            }
        }

        if (string.IsNullOrEmpty(UserName) != string.IsNullOrEmpty(Password))
        {
            errors.Add($"{prefix}UserName and {prefix}Password go together.");
        }

        if (IntervalSeconds is < 1 or > 86_400)
        {
            errors.Add($"{prefix}IntervalSeconds must be between 1 and 86400.");
        }

        if (MaxAttempts is < 1 or > 100)
        {
            errors.Add($"{prefix}MaxAttempts must be between 1 and 100.");
        }

        if (LeaseSeconds is < 10 or > 86_400)
        {
            errors.Add($"{prefix}LeaseSeconds must be between 10 and 86400.");
        }

        return errors;
    }
}
