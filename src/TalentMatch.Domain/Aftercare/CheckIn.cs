using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Aftercare;

/// <summary>
/// A planned aftercare conversation between a placed person and their coach, due a fixed time
/// after the start date (1 week, 1 month, 3 months, 6 months by default).
/// </summary>
public class CheckIn : Entity
{
    public const int MaxNotesLength = 4000;
    public const int MinWellbeing = 1;
    public const int MaxWellbeing = 5;

    private CheckIn()
    {
    }

    public CheckIn(Guid matchId, Guid profileId, AftercareOffset offset, DateOnly startDate)
    {
        MatchId = matchId;
        ProfileId = profileId;
        Offset = offset.ToString();
        DueOn = offset.DueOn(startDate);
    }

    public Guid MatchId { get; private set; }
    public Guid ProfileId { get; private set; }

    /// <summary>When after the start this check-in falls, e.g. "1w", "3m".</summary>
    public string Offset { get; private set; } = "";
    public DateOnly DueOn { get; private set; }

    public DateTime? CompletedAt { get; private set; }
    public Guid? CompletedByUserId { get; private set; }
    public int? Wellbeing { get; private set; }
    public string? Notes { get; private set; }
    public RiskLevel? Risk { get; private set; }
    public string? Actions { get; private set; }

    /// <summary>Whether the person was still working at this check-in (feeds the aftercare report).</summary>
    public bool? StillWorking { get; private set; }

    /// <summary>When the coach was told the check-in is due, and when that it is overdue (each once).</summary>
    public DateTime? DueNotifiedAt { get; private set; }
    public DateTime? OverdueNotifiedAt { get; private set; }

    /// <summary>A random stamp that changes with every write, so two coaches cannot overwrite each other unseen.</summary>
    public string ConcurrencyStamp { get; private set; } = Guid.NewGuid().ToString("N");

    public bool IsOverdue(DateOnly today) => CompletedAt is null && DueOn < today;

    /// <summary>Records (or corrects) what the check-in found.</summary>
    public void Record(DateTime completedAt, int wellbeing, string? notes, RiskLevel risk, string? actions, bool? stillWorking, Guid byUserId)
    {
        if (wellbeing is < MinWellbeing or > MaxWellbeing)
        {
            throw new DomainRuleException(DomainMessages.WellbeingRange, MinWellbeing, MaxWellbeing);
        }

        CompletedAt = completedAt;
        Wellbeing = wellbeing;
        Notes = notes;
        Risk = risk;
        Actions = actions;
        StillWorking = stillWorking;
        CompletedByUserId = byUserId;
        ConcurrencyStamp = Guid.NewGuid().ToString("N");
    }
}
