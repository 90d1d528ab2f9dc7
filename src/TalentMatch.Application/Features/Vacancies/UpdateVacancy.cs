using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Vacancies;

/// <summary>Replaces a vacancy's fields (status included). With If-Match, a stale ETag is refused (412).</summary>
public sealed record UpdateVacancyCommand(
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
    List<string>? Interests) : ConditionalChange, ICommand<Versioned<VacancyDto>>, IVacancyFields, IRequirePolicy
{
    public static Policy Policy => Policies.WriteVacancies;
}

public sealed class UpdateVacancyCommandValidator : VacancyFieldsValidator<UpdateVacancyCommand>;

public sealed class UpdateVacancyCommandHandler(OpportunityStore store, OpportunityReader reader)
    : IRequestHandler<UpdateVacancyCommand, Versioned<VacancyDto>>
{
    public async Task<Versioned<VacancyDto>> Handle(UpdateVacancyCommand request, CancellationToken cancellationToken)
    {
        var vacancy = await store.UpdateAsync<Vacancy>(request.Id, request, request.IfMatch, Policies.VacancyStaff, (v, now) => CreateVacancyCommandHandler.Describe(v, request, now), cancellationToken);
        return await reader.ReadAsync(vacancy, VacancyDto.From, cancellationToken);
    }
}
