using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Profiles;

/// <summary>A competence as it is given for a profile: how well, where it was learned, how it is backed, a note.</summary>
public sealed record CompetenceEntry(Guid CompetenceId, int Level, CompetenceSource Source, Evidence Evidence = Evidence.Declared, string? Note = null);
