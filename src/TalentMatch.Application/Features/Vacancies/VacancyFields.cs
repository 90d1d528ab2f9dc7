using FluentValidation;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Vacancies;

/// <summary>The fields of a vacancy, shared by create and update.</summary>
public interface IVacancyFields : IOpportunityFields
{
    Guid? OccupationId { get; }
    double HoursPerWeek { get; }
    ContractType? Contract { get; }
    int Openings { get; }
}

public abstract class VacancyFieldsValidator<T> : OpportunityFieldsValidator<T>
    where T : IVacancyFields
{
    protected VacancyFieldsValidator()
    {
        RuleFor(v => v.OrganisationId).NotEmpty();
        RuleFor(v => v.HoursPerWeek).InclusiveBetween(1, 60);
        RuleFor(v => v.Contract).DefinedEnum();
        RuleFor(v => v.Openings).InclusiveBetween(1, 1000);
    }
}

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
    DateTime UpdatedAt);

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

/// <summary>Vacancies are written by these staff for any organisation, and by an organisation's own employers.</summary>
public static class VacancyRules
{
    public static void ApplyVacancy(this OpportunityMapping mapping, Vacancy vacancy, IVacancyFields fields)
    {
        mapping.Apply(vacancy, fields);
        vacancy.OccupationId = fields.OccupationId;
        vacancy.HoursPerWeek = fields.HoursPerWeek;
        vacancy.Contract = fields.Contract!.Value;
        vacancy.Openings = fields.Openings;
    }

    public static async Task<Versioned<VacancyDto>> ToVersionedDtoAsync(this OpportunityMapping mapping, Vacancy v, CancellationToken cancellationToken)
    {
        var view = await mapping.ViewAsync(v, cancellationToken);
        var dto = new VacancyDto(
            v.Id, v.Kind, v.OrganisationId!.Value, view.OrganisationName ?? "", v.Title, v.Description, v.OccupationId, v.Postcode, view.District,
            v.HoursPerWeek, v.Contract, v.Openings, v.Status, v.MultilingualValued, v.Interests, view.Requirements, view.Languages, v.CreatedAt, v.UpdatedAt);
        return new Versioned<VacancyDto>(dto, ETags.Format(v.ConcurrencyStamp));
    }
}
