using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Aftercare;

/// <summary>How worried the coach is after a check-in. High raises an escalation.</summary>
public enum RiskLevel
{
    None = 1,
    Low = 2,
    High = 3,
}

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
    public DateTime? DueNotifiedAt { get; set; }
    public DateTime? OverdueNotifiedAt { get; set; }

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

/// <summary>
/// A high risk seen at a check-in, raised to the matchmaker of the placement until someone
/// resolves it.
/// </summary>
public class Escalation : Entity
{
    public const int MaxResolutionLength = 2000;

    private Escalation()
    {
    }

    public Escalation(Guid matchId, Guid checkInId, Guid profileId, Guid matchmakerUserId, DateTime raisedAt)
    {
        MatchId = matchId;
        CheckInId = checkInId;
        ProfileId = profileId;
        MatchmakerUserId = matchmakerUserId;
        RaisedAt = raisedAt;
    }

    public Guid MatchId { get; private set; }
    public Guid CheckInId { get; private set; }
    public Guid ProfileId { get; private set; }
    public Guid MatchmakerUserId { get; private set; }
    public DateTime RaisedAt { get; private set; }
    public DateTime? ResolvedAt { get; private set; }
    public Guid? ResolvedByUserId { get; private set; }
    public string? Resolution { get; private set; }

    public bool IsOpen => ResolvedAt is null;

    public void Resolve(string resolution, Guid byUserId, DateTime now)
    {
        if (!IsOpen)
        {
            throw new DomainRuleException(DomainMessages.EscalationAlreadyResolved);
        }

        Resolution = resolution;
        ResolvedByUserId = byUserId;
        ResolvedAt = now;
    }
}
