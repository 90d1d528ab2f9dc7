using MediatR;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Vacancies;

public sealed record GetVacancyQuery(Guid Id) : IQuery<Versioned<VacancyDto>>, IRequirePolicy
{
    public static Policy Policy => Policies.SignedIn;
}

public sealed class GetVacancyQueryHandler(OpportunityStore store, OpportunityReader reader) : IRequestHandler<GetVacancyQuery, Versioned<VacancyDto>>
{
    public async Task<Versioned<VacancyDto>> Handle(GetVacancyQuery request, CancellationToken cancellationToken) =>
        await reader.ReadAsync(await store.LoadReadableAsync<Vacancy>(request.Id, cancellationToken), VacancyDto.From, cancellationToken);
}
