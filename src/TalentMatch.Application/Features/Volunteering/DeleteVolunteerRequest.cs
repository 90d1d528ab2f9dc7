using MediatR;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Volunteering;

/// <summary>Deletes a draft or closed volunteer request; an open one is closed first (409).</summary>
public sealed record DeleteVolunteerRequestCommand(Guid Id) : ICommand<Unit>, IRequirePolicy
{
    public static Policy Policy => Policies.WriteVolunteerRequests;
}

public sealed class DeleteVolunteerRequestCommandHandler(OpportunityStore store) : IRequestHandler<DeleteVolunteerRequestCommand, Unit>
{
    public async Task<Unit> Handle(DeleteVolunteerRequestCommand request, CancellationToken cancellationToken)
    {
        await store.DeleteAsync<VolunteerRequest>(request.Id, Policies.VolunteerRequestStaff, cancellationToken);
        return Unit.Value;
    }
}
