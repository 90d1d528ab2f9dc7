using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Vacancies;

/// <summary>An employer posts a vacancy for their own organisation; opportunity staff post for any.</summary>
public sealed record CreateVacancyCommand(
    Guid? OrganisationId,
    string? Title,
    string? Description,
    Guid? OccupationId,
    string? Postcode,
    double HoursPerWeek,
    ContractType? Contract,
    List<OpportunityRequirementInput>? Requirements,
    List<OpportunityLanguageInput>? Languages,
    int Openings,
    OpportunityStatus? Status,
    bool MultilingualValued,
    List<string>? Interests) : ICommand<Versioned<VacancyDto>>, IVacancyFields, IRequirePolicy
{
    public static Policy Policy => Policies.WriteVacancies;
}

public sealed class CreateVacancyCommandValidator : VacancyFieldsValidator<CreateVacancyCommand>;

public sealed class CreateVacancyCommandHandler(ITalentMatchDbContext db, OpportunityMapping mapping)
    : IRequestHandler<CreateVacancyCommand, Versioned<VacancyDto>>
{
    public async Task<Versioned<VacancyDto>> Handle(CreateVacancyCommand request, CancellationToken cancellationToken)
    {
        mapping.EnsureCanWrite(request.OrganisationId, Policies.VacancyStaff);
        await mapping.CheckReferencesAsync(request, cancellationToken);
        await db.CheckOccupationAsync(request, cancellationToken);
        var vacancy = new Vacancy(request.OrganisationId!.Value, mapping.CallerId, mapping.Now);
        mapping.ApplyVacancy(vacancy, request);
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync(cancellationToken);
        return await mapping.ToVersionedDtoAsync(vacancy, cancellationToken);
    }
}

internal static class VacancyReferences
{
    public static async Task CheckOccupationAsync(this ITalentMatchDbContext db, IVacancyFields fields, CancellationToken cancellationToken)
    {
        if (fields.OccupationId is { } occupationId && !await db.Occupations.AnyAsync(o => o.Id == occupationId, cancellationToken))
        {
            throw new InvalidReferenceException("occupationId", EntityNames.Occupation, occupationId);
        }
    }
}
