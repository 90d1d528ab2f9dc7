using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Privacy;
using TalentMatch.Domain.Privacy;

namespace TalentMatch.Application.Features.Profiles;

public sealed record GetProfileQuery(Guid Id) : IQuery<Versioned<ProfileDto>>, IRequirePolicy, ILoggedRead<Versioned<ProfileDto>>
{
    public static Policy Policy => Policies.WorkWithProfiles;

    public IEnumerable<PersonalRecordRead> RecordsIn(Versioned<ProfileDto> response) => [new(response.Value.Id, AccessedRecord.Profile, response.Value.Id)];
}

public sealed class GetProfileQueryHandler(ProfileStore store, ProfileReader reader) : IRequestHandler<GetProfileQuery, Versioned<ProfileDto>>
{
    public async Task<Versioned<ProfileDto>> Handle(GetProfileQuery request, CancellationToken cancellationToken)
    {
        var profile = await store.LoadAccessibleAsync(request.Id, track: false, cancellationToken);
        return await reader.ReadVersionedAsync(profile, cancellationToken);
    }
}

/// <summary>The caller's own profile: a person finds it without knowing its id.</summary>
public sealed record GetMyProfileQuery : IQuery<Versioned<ProfileDto>>, IRequirePolicy
{
    public static Policy Policy => Policies.WorkWithProfiles;
}

public sealed class GetMyProfileQueryHandler(ICurrentUser user, ProfileStore store, IMediator mediator)
    : IRequestHandler<GetMyProfileQuery, Versioned<ProfileDto>>
{
    public async Task<Versioned<ProfileDto>> Handle(GetMyProfileQuery request, CancellationToken cancellationToken)
    {
        var me = user.RequireUserId();
        var id = await store.OwnProfileIdAsync(me, cancellationToken)
            ?? throw new NotFoundException(EntityNames.OwnProfile, me);
        return await mediator.Send(new GetProfileQuery(id), cancellationToken);
    }
}
