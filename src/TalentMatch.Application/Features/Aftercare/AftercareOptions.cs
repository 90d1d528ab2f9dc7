using TalentMatch.Domain.Aftercare;
using TalentMatch.Domain.Matchmaking;

namespace TalentMatch.Application.Features.Aftercare;

/// <summary>
/// The aftercare plan (<c>Aftercare:*</c>): when check-ins fall after a placement's start, and how
/// many days before a check-in its coach is reminded.
/// </summary>
public sealed class AftercareOptions
{
    public const string SectionName = "Aftercare";

    /// <summary>Offsets after the start date, such as "1w", "1m", "3m", "6m".</summary>
    public List<string> CheckInOffsets { get; set; } = [];

    /// <summary>How many days ahead a check-in counts as upcoming (and its coach is reminded).</summary>
    public int ReminderDays { get; set; } = 3;

    /// <summary>Minutes between reminder runs (check-ins due or overdue); 0 turns the reminders off.</summary>
    public int ReminderIntervalMinutes { get; set; } = 60;

    /// <summary>The parsed offsets, shortest first; the defaults when none are configured.</summary>
    public IReadOnlyList<AftercareOffset> Offsets =>
        CheckInOffsets.Count == 0
            ? AftercareOffset.Defaults
            : [.. CheckInOffsets.Select(AftercareOffset.Parse).OrderBy(o => o.ApproximateDays)];

    /// <summary>The check-ins a placement gets, due from its start date.</summary>
    public IEnumerable<CheckIn> PlanFor(Match match)
    {
        if (match.StartDate is not { } start)
        {
            throw new InvalidOperationException("Only a placement with a start date gets an aftercare plan.");
        }

        return Offsets.Select(offset => new CheckIn(match.Id, match.ProfileId, offset, start));
    }

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        foreach (var text in CheckInOffsets.Where(t => !AftercareOffset.TryParse(t, out _)))
        {
            errors.Add($"Aftercare:CheckInOffsets: '{text}' is not an offset such as 1w or 3m.");
        }

        if (CheckInOffsets.Distinct(StringComparer.OrdinalIgnoreCase).Count() != CheckInOffsets.Count)
        {
            errors.Add("Aftercare:CheckInOffsets: each offset may appear once.");
        }

        if (ReminderDays is < 0 or > 60)
        {
            errors.Add("Aftercare:ReminderDays must be between 0 and 60.");
        }

        if (ReminderIntervalMinutes is < 0 or > 1440)
        {
            errors.Add("Aftercare:ReminderIntervalMinutes must be between 0 (off) and 1440 (once a day).");
        }

        return errors;
    }
}
