using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Vacancies;

public sealed record VacancyDto(
    Guid Id,
    OpportunityKind Kind,
    Guid OrganisationId,
    string OrganisationName,
    string Title,
    string Description,
    Guid? OccupationId,
    string Postcode,
    string District,
    double HoursPerWeek,
    ContractType Contract,
    int Openings,
    OpportunityStatus Status,
    bool MultilingualValued,
    IReadOnlyList<string> Interests,
    IReadOnlyList<OpportunityRequirementDto> Requirements,
    IReadOnlyList<OpportunityLanguageDto> Languages,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static VacancyDto From(Vacancy v, OpportunityView view) => new(
        v.Id, v.Kind, v.OrganisationId!.Value, view.OrganisationName ?? "", v.Title, v.Description, v.OccupationId, v.Postcode, view.District,
        v.HoursPerWeek, v.Contract, v.Openings, v.Status, v.MultilingualValued, v.Interests, view.Requirements, view.Languages, v.CreatedAt, v.UpdatedAt);
}

public sealed record VacancySummaryDto(
    Guid Id,
    OpportunityKind Kind,
    Guid OrganisationId,
    string OrganisationName,
    string Title,
    string District,
    double HoursPerWeek,
    ContractType Contract,
    int Openings,
    OpportunityStatus Status,
    int RequirementCount,
    DateTime UpdatedAt);
