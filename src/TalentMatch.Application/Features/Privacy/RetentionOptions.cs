namespace TalentMatch.Application.Features.Privacy;

/// <summary>How long rows that only serve a while are kept (<c>Retention:*</c>), and how often the job runs.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Days a change-feed row is kept (the newest is always kept); 0 keeps every row.</summary>
    public int ChangeFeedDays { get; set; } = 30;

    /// <summary>Days a read notification is kept after it was read; 0 keeps them.</summary>
    public int ReadNotificationDays { get; set; } = 90;

    /// <summary>
    /// Days the answer to a write sent with an <c>Idempotency-Key</c> is kept for retries; 0 keeps them.
    /// A retry after that is done as a new request.
    /// </summary>
    public int IdempotencyKeyDays { get; set; } = 7;

    /// <summary>Minutes between runs of the retention job; 0 turns it off.</summary>
    public int JobIntervalMinutes { get; set; } = 60;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (ChangeFeedDays is < 0 or > 3650)
        {
            errors.Add($"{SectionName}:ChangeFeedDays must be between 0 (keep) and 3650.");
        }

        if (ReadNotificationDays is < 0 or > 3650)
        {
            errors.Add($"{SectionName}:ReadNotificationDays must be between 0 (keep) and 3650.");
        }

        if (IdempotencyKeyDays is < 0 or > 3650)
        {
            errors.Add($"{SectionName}:IdempotencyKeyDays must be between 0 (keep) and 3650.");
        }

        if (JobIntervalMinutes is < 0 or > 1440)
        {
            errors.Add($"{SectionName}:JobIntervalMinutes must be between 0 (off) and 1440 (once a day).");
        }

        return errors;
    }
}
