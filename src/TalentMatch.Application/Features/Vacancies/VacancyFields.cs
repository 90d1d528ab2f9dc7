using FluentValidation;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Vacancies;

/// <summary>The fields of a vacancy, shared by create and update.</summary>
public interface IVacancyFields : IOpportunityFields, IOccupationReference
{
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

/// <summary>From a request's fields to a vacancy's own terms.</summary>
public static class VacancyFieldValues
{
    public static VacancyTerms ToTerms(this IVacancyFields fields) =>
        new(fields.OccupationId, fields.HoursPerWeek, fields.Contract!.Value, fields.Openings);
}
