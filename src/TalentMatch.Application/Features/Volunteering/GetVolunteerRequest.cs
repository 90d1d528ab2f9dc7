using MediatR;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Volunteering;

public sealed record GetVolunteerRequestQuery(Guid Id) : IQuery<Versioned<VolunteerRequestDto>>, IRequirePolicy
{
    public static Policy Policy => Policies.SignedIn;
}

public sealed class GetVolunteerRequestQueryHandler(OpportunityMapping mapping) : IRequestHandler<GetVolunteerRequestQuery, Versioned<VolunteerRequestDto>>
{
    public async Task<Versioned<VolunteerRequestDto>> Handle(GetVolunteerRequestQuery request, CancellationToken cancellationToken)
    {
        var volunteerRequest = await mapping.LoadAsync<VolunteerRequest>(request.Id, track: false, cancellationToken);
        mapping.EnsureCanRead(volunteerRequest);
        return await mapping.ToVersionedDtoAsync(volunteerRequest, cancellationToken);
    }
}
