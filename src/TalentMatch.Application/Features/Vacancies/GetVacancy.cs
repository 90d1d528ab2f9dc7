using MediatR;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Vacancies;

public sealed record GetVacancyQuery(Guid Id) : IQuery<Versioned<VacancyDto>>, IRequirePolicy
{
    public static Policy Policy => Policies.SignedIn;
}

public sealed class GetVacancyQueryHandler(OpportunityMapping mapping) : IRequestHandler<GetVacancyQuery, Versioned<VacancyDto>>
{
    public async Task<Versioned<VacancyDto>> Handle(GetVacancyQuery request, CancellationToken cancellationToken)
    {
        var vacancy = await mapping.LoadAsync<Vacancy>(request.Id, track: false, cancellationToken);
        mapping.EnsureCanRead(vacancy);
        return await mapping.ToVersionedDtoAsync(vacancy, cancellationToken);
    }
}
