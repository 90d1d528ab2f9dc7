namespace TalentMatch.Application.Features.Coins;

/// <summary>Community coins (<c>Coins:*</c>).</summary>
public sealed class CoinsOptions
{
    public const string SectionName = "Coins";

    /// <summary>Coins per confirmed hour on a neighbourhood request (per full hour: 2.5 hours earn 2 at 1 per hour).</summary>
    public int PerHour { get; set; } = 1;

    /// <summary>The most coins one person earns from hours in one calendar month (Antwerp time).</summary>
    public int MonthlyCap { get; set; } = 20;

    /// <summary>Coins older than this many months expire; 0 (the default) turns expiry off.</summary>
    public int ExpiryMonths { get; set; }

    /// <summary>Days a reservation stays redeemable (never past the offer's last day).</summary>
    public int ReservationDays { get; set; } = 14;

    /// <summary>Minutes between runs of the expiry job (expired reservations, and old coins when on); 0 turns it off.</summary>
    public int JobIntervalMinutes { get; set; } = 60;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (PerHour is < 1 or > 100)
        {
            errors.Add($"{SectionName}:PerHour must be between 1 and 100.");
        }

        if (MonthlyCap is < 1 or > 10_000)
        {
            errors.Add($"{SectionName}:MonthlyCap must be between 1 and 10000.");
        }

        if (ExpiryMonths is < 0 or > 120)
        {
            errors.Add($"{SectionName}:ExpiryMonths must be between 0 (off) and 120.");
        }

        if (ReservationDays is < 1 or > 365)
        {
            errors.Add($"{SectionName}:ReservationDays must be between 1 and 365.");
        }

        if (JobIntervalMinutes is < 0 or > 1440)
        {
            errors.Add($"{SectionName}:JobIntervalMinutes must be between 0 (off) and 1440 (once a day).");
        }

        return errors;
    }
}
