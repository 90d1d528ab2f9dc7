using MediatR;
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

public sealed class CreateVacancyCommandHandler(OpportunityStore store, OpportunityReader reader)
    : IRequestHandler<CreateVacancyCommand, Versioned<VacancyDto>>
{
    public async Task<Versioned<VacancyDto>> Handle(CreateVacancyCommand request, CancellationToken cancellationToken)
    {
        var vacancy = await store.AddAsync(request, Policies.VacancyStaff, (by, now) => Describe(new Vacancy(request.OrganisationId!.Value, by, now), request, now), cancellationToken);
        return await reader.ReadAsync(vacancy, VacancyDto.From, cancellationToken);
    }

    internal static Vacancy Describe(Vacancy vacancy, IVacancyFields fields, DateTime now)
    {
        vacancy.Describe(fields.ToDetails(), fields.ToTerms(), now);
        return vacancy;
    }
}
