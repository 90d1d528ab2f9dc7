using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Application.Features.Vacancies;

namespace TalentMatch.Web.Infrastructure;

/// <summary>
/// The vacancy as an update command: a page changes one part and sends the whole vacancy back,
/// exactly as a client of <c>PUT /api/v1/vacancies/{id}</c> does (with the ETag it read).
/// </summary>
public static class VacancyEdits
{
    public static UpdateVacancyCommand ToUpdate(this Versioned<VacancyDto> versioned)
    {
        var v = versioned.Value;
        return new UpdateVacancyCommand(
            v.OrganisationId,
            v.Title,
            v.Description,
            v.OccupationId,
            v.Postcode,
            v.HoursPerWeek,
            v.Contract,
            [.. v.Requirements.Select(r => new OpportunityRequirementInput(r.CompetenceId, r.MinLevel, r.Importance, r.Weight))],
            [.. v.Languages.Select(l => new OpportunityLanguageInput(l.Code, l.MinLevel, l.Importance))],
            v.Openings,
            v.Status,
            v.MultilingualValued,
            [.. v.Interests])
        {
            Id = v.Id,
            IfMatch = versioned.ETag,
        };
    }
}
