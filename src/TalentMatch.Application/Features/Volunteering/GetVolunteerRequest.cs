using MediatR;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Volunteering;

public sealed record GetVolunteerRequestQuery(Guid Id) : IQuery<Versioned<VolunteerRequestDto>>, IRequirePolicy
{
    public static Policy Policy => Policies.SignedIn;
}

public sealed class GetVolunteerRequestQueryHandler(OpportunityStore store, OpportunityReader reader) : IRequestHandler<GetVolunteerRequestQuery, Versioned<VolunteerRequestDto>>
{
    public async Task<Versioned<VolunteerRequestDto>> Handle(GetVolunteerRequestQuery request, CancellationToken cancellationToken) =>
        await reader.ReadAsync(await store.LoadReadableAsync<VolunteerRequest>(request.Id, cancellationToken), VolunteerRequestDto.From, cancellationToken);
}
