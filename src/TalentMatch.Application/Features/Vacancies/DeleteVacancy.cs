using MediatR;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Vacancies;

/// <summary>Deletes a draft or closed vacancy; an open one is closed first (409).</summary>
public sealed record DeleteVacancyCommand(Guid Id) : ICommand<Unit>, IRequirePolicy
{
    public static Policy Policy => Policies.WriteVacancies;
}

public sealed class DeleteVacancyCommandHandler(OpportunityStore store) : IRequestHandler<DeleteVacancyCommand, Unit>
{
    public async Task<Unit> Handle(DeleteVacancyCommand request, CancellationToken cancellationToken)
    {
        await store.DeleteAsync<Vacancy>(request.Id, Policies.VacancyStaff, cancellationToken);
        return Unit.Value;
    }
}
