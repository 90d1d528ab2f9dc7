namespace TalentMatch.Domain.Aftercare;

/// <summary>
/// One entry in a person's coach history: who became their coach (or none), when and by whom.
/// The profile's CoachUserId holds the current coach.
/// </summary>
public class CoachAssignment
{
    private CoachAssignment()
    {
    }

    public CoachAssignment(Guid profileId, Guid? coachUserId, Guid assignedByUserId, DateTime assignedAt, string? reason)
    {
        ProfileId = profileId;
        CoachUserId = coachUserId;
        AssignedByUserId = assignedByUserId;
        AssignedAt = assignedAt;
        Reason = reason;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ProfileId { get; private set; }

    /// <summary>The new coach; null when the person was left without a coach.</summary>
    public Guid? CoachUserId { get; private set; }
    public Guid AssignedByUserId { get; private set; }
    public DateTime AssignedAt { get; private set; }
    public string? Reason { get; private set; }
}
