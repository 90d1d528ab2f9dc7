using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Profiles;

namespace TalentMatch.Application.Features.Privacy;

/// <summary>
/// Staff hide a profile from matching and ranked lists (no new matches, not among candidates);
/// everything else stays, and reactivating undoes it. Doing it twice changes nothing.
/// </summary>
public sealed record DeactivateProfileCommand(Guid Id) : ICommand<Versioned<ProfileDto>>, IRequirePolicy
{
    public static Policy Policy => Policies.DeactivateProfiles;
}

/// <summary>Shows a deactivated profile in matching and ranked lists again.</summary>
public sealed record ReactivateProfileCommand(Guid Id) : ICommand<Versioned<ProfileDto>>, IRequirePolicy
{
    public static Policy Policy => Policies.DeactivateProfiles;
}

public sealed class DeactivateProfileCommandHandler(ITalentMatchDbContext db, ProfileAccess access, ProfileStore store, ProfileReader reader)
    : IRequestHandler<DeactivateProfileCommand, Versioned<ProfileDto>>, IRequestHandler<ReactivateProfileCommand, Versioned<ProfileDto>>
{
    public Task<Versioned<ProfileDto>> Handle(DeactivateProfileCommand request, CancellationToken cancellationToken) =>
        ChangeAsync(request.Id, (profile, now) => profile.Deactivate(access.CallerId, now), cancellationToken);

    public Task<Versioned<ProfileDto>> Handle(ReactivateProfileCommand request, CancellationToken cancellationToken) =>
        ChangeAsync(request.Id, (profile, now) => profile.Reactivate(now), cancellationToken);

    private async Task<Versioned<ProfileDto>> ChangeAsync(Guid id, Func<Domain.Profiles.TalentProfile, DateTime, bool> change, CancellationToken cancellationToken)
    {
        var profile = await store.LoadAsync(id, track: true, cancellationToken);
        if (change(profile, store.Now))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return await reader.ReadVersionedAsync(profile, cancellationToken);
    }
}
