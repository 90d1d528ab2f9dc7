using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Profiles;

/// <summary>Experience in an occupation, in work, volunteering or life. Only its profile adds it (<see cref="TalentProfile.SetExperiences"/>).</summary>
public class ProfileExperience
{
    private ProfileExperience()
    {
    }

    internal ProfileExperience(Guid profileId, ExperienceEntry entry)
    {
        ProfileId = profileId;
        OccupationId = entry.OccupationId;
        Years = entry.Years;
        Context = entry.Context;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ProfileId { get; private set; }
    public Guid OccupationId { get; private set; }
    public double Years { get; private set; }
    public ExperienceContext Context { get; private set; }
}
