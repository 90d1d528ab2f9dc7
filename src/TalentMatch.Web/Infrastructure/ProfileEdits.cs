using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Profiles;
using TalentMatch.Domain.Common;

namespace TalentMatch.Web.Infrastructure;

/// <summary>
/// The profile as an update command: a page changes one part and sends the whole profile back,
/// exactly as a client of <c>PUT /api/v1/profiles/{id}</c> does (with the ETag it read).
/// </summary>
public static class ProfileEdits
{
    public static UpdateProfileCommand ToUpdate(this Versioned<ProfileDto> versioned)
    {
        var p = versioned.Value;
        return new UpdateProfileCommand(
            p.DisplayName,
            p.Postcode,
            p.Email,
            p.Phone,
            [.. p.Seeks],
            p.HoursPerWeek,
            p.MaxTravelKm,
            [.. p.Competences.Select(c => new ProfileCompetenceInput(c.CompetenceId, c.Level, c.Source, c.Evidence, c.Note))],
            [.. p.Languages.Select(l => new ProfileLanguageInput(l.Code, l.Level, l.Native))],
            [.. p.Experiences.Select(e => new ProfileExperienceInput(e.OccupationId, e.Years, e.Context))],
            [.. p.Interests],
            p.Visibility)
        {
            Id = p.Id,
            IfMatch = versioned.ETag,
        };
    }

    /// <summary>Adds competences the profile does not hold yet, as declared by the person.</summary>
    public static UpdateProfileCommand WithCompetences(this UpdateProfileCommand command, IEnumerable<Guid> competenceIds, CompetenceSource source, int level = 2)
    {
        var list = command.Competences ?? [];
        foreach (var id in competenceIds.Distinct().Where(id => list.All(c => c.CompetenceId != id)))
        {
            list.Add(new ProfileCompetenceInput(id, level, source, Evidence.Declared, null));
        }

        return command with { Competences = list };
    }
}
