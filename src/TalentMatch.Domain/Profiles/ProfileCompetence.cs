using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Profiles;

/// <summary>
/// A competence on a profile: how well (1-4), where it was learned and how it is backed. Only its
/// profile changes it (<see cref="TalentProfile.SetCompetences"/>, <see cref="TalentProfile.ConfirmCompetence"/>).
/// </summary>
public class ProfileCompetence
{
    public const int MinLevel = 1;
    public const int MaxLevel = 4;

    private ProfileCompetence()
    {
    }

    internal ProfileCompetence(Guid profileId, Guid competenceId)
    {
        ProfileId = profileId;
        CompetenceId = competenceId;
    }

    public Guid ProfileId { get; private set; }
    public Guid CompetenceId { get; private set; }
    public int Level { get; private set; }
    public CompetenceSource Source { get; private set; }
    public Evidence Evidence { get; private set; }
    public string? Note { get; private set; }
    public Guid? ConfirmedByUserId { get; private set; }
    public DateTime? ConfirmedAt { get; private set; }

    internal void Describe(int level, CompetenceSource source, string? note)
    {
        Level = level;
        Source = source;
        Note = note;
    }

    /// <summary>
    /// The one place that records how the competence is backed: who confirmed or certified it and
    /// when. A declared competence names nobody.
    /// </summary>
    internal void Back(Evidence evidence, Guid? by, DateTime? at)
    {
        Evidence = evidence;
        ConfirmedByUserId = evidence == Evidence.Declared ? null : by;
        ConfirmedAt = evidence == Evidence.Declared ? null : at;
    }
}
