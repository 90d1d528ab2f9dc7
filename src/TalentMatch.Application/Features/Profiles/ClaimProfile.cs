using FluentValidation;
using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Profiles;

/// <summary>Staff issue a new one-time claim code for a profile they created for someone.</summary>
public sealed record IssueClaimCodeCommand(Guid Id) : ICommand<ClaimCodeDto>, IRequirePolicy
{
    public static Policy Policy => Policies.PeopleStaff;
}

public sealed class IssueClaimCodeCommandHandler(ITalentMatchDbContext db, ProfileAccess access, ProfileStore store)
    : IRequestHandler<IssueClaimCodeCommand, ClaimCodeDto>
{
    public async Task<ClaimCodeDto> Handle(IssueClaimCodeCommand request, CancellationToken cancellationToken)
    {
        if (!access.IsStaff)
        {
            throw new ForbiddenAccessException(Messages.ClaimCodesIssuedByStaff);
        }

        var profile = await store.LoadAsync(request.Id, track: true, cancellationToken);
        var code = profile.IssueClaimCode(store.Now, TimeSpan.FromDays(30));
        await db.SaveChangesAsync(cancellationToken);
        return new ClaimCodeDto(code, profile.ClaimCodeExpiresAt!.Value);
    }
}

/// <summary>A job seeker claims the profile staff created for them; from then on they own it.</summary>
public sealed record ClaimProfileCommand(Guid ProfileId, string? Code) : ICommand<ProfileDto>, IRequirePolicy
{
    public static Policy Policy => Policies.ClaimProfiles;
}

public sealed class ClaimProfileCommandValidator : AbstractValidator<ClaimProfileCommand>
{
    public ClaimProfileCommandValidator()
    {
        RuleFor(c => c.ProfileId).NotEmpty();
        RuleFor(c => c.Code).NotEmpty().MaximumLength(32);
    }
}

public sealed class ClaimProfileCommandHandler(ITalentMatchDbContext db, ICurrentUser user, ProfileStore store, ProfileReader reader)
    : IRequestHandler<ClaimProfileCommand, ProfileDto>
{
    public async Task<ProfileDto> Handle(ClaimProfileCommand request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        if (!user.IsInRole(Roles.JobSeeker))
        {
            throw new ForbiddenAccessException(Messages.ClaimNeedsJobSeeker);
        }

        if (await store.OwnProfileIdAsync(userId, cancellationToken) is not null)
        {
            throw new DomainRuleException(Messages.AlreadyOwnProfile);
        }

        var profile = await store.LoadAsync(request.ProfileId, track: true, cancellationToken);
        profile.Claim(request.Code!, userId, store.Now);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.ReadAsync(profile, cancellationToken);
    }
}
