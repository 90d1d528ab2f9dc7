using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Profiles;

/// <summary>An experience as it is given for a profile: the occupation, how many years, and in which context.</summary>
public sealed record ExperienceEntry(Guid OccupationId, double Years, ExperienceContext Context);
