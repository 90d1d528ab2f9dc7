using MediatR;
using TalentMatch.Application.Common;

namespace TalentMatch.Application.Features.Profiles;

public sealed record GetProfileQuery(Guid Id) : IQuery<Versioned<ProfileDto>>;

public sealed class GetProfileQueryHandler(ProfileMapping mapping) : IRequestHandler<GetProfileQuery, Versioned<ProfileDto>>
{
    public async Task<Versioned<ProfileDto>> Handle(GetProfileQuery request, CancellationToken cancellationToken)
    {
        var profile = await mapping.LoadAsync(request.Id, track: false, cancellationToken);
        mapping.EnsureCanAccess(profile);
        return new Versioned<ProfileDto>(await mapping.ToDtoAsync(profile, cancellationToken), ETags.Format(profile.ConcurrencyStamp));
    }
}
