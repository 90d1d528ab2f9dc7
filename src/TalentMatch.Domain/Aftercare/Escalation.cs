using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Aftercare;

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

    /// <summary>A random stamp that changes with every write, so two people cannot resolve it at once unseen.</summary>
    public string ConcurrencyStamp { get; private set; } = Guid.NewGuid().ToString("N");

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
        ConcurrencyStamp = Guid.NewGuid().ToString("N");
    }
}
