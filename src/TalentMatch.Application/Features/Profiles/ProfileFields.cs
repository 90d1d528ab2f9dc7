using TalentMatch.Domain.Common;
using TalentMatch.Domain.Profiles;

namespace TalentMatch.Application.Features.Profiles;

public sealed record ProfileCompetenceInput(Guid CompetenceId, int Level, CompetenceSource? Source, Evidence? Evidence, string? Note)
{
    public const int MaxNoteLength = 500;
}

public sealed record ProfileLanguageInput(string? Code, string? Level, bool Native = false);

/// <summary>An experience; its optional title (as the person names the job, "magazijnier") teaches occupation search and is not stored on the profile.</summary>
public sealed record ProfileExperienceInput(Guid OccupationId, double Years, ExperienceContext? Context, string? Title = null);

/// <summary>The fields of a talent profile, shared by create and update.</summary>
public interface IProfileFields
{
    string? DisplayName { get; }
    string? Postcode { get; }
    string? Email { get; }
    string? Phone { get; }
    List<OpportunityKind>? Seeks { get; }
    int HoursPerWeek { get; }
    int MaxTravelKm { get; }
    List<ProfileCompetenceInput>? Competences { get; }
    List<ProfileLanguageInput>? Languages { get; }
    List<ProfileExperienceInput>? Experiences { get; }
    List<string>? Interests { get; }
    ProfileVisibility? Visibility { get; }
}
