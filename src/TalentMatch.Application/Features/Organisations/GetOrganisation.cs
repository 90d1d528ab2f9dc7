using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Features.Organisations;

public sealed record GetOrganisationQuery(Guid Id) : IQuery<Versioned<OrganisationDto>>, IRequirePolicy
{
    public static Policy Policy => Policies.SeeOrganisations;
}

public sealed class GetOrganisationQueryHandler(ITalentMatchDbContext db, ICurrentUser user, PostcodeDirectory places)
    : IRequestHandler<GetOrganisationQuery, Versioned<OrganisationDto>>
{
    public async Task<Versioned<OrganisationDto>> Handle(GetOrganisationQuery request, CancellationToken cancellationToken)
    {
        var organisation = await db.LoadOrganisationAsync(request.Id, cancellationToken);
        OrganisationAccess.EnsureCanRead(user, organisation);
        return OrganisationDto.Versioned(organisation, places);
    }
}
