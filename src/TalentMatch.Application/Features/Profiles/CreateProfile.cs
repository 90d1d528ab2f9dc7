using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Profiles;

namespace TalentMatch.Application.Features.Profiles;

/// <summary>
/// A job seeker creates their own profile, or staff (talent scout, matchmaker, coach, admin)
/// create one on a person's behalf; the person then claims it with the one-time code.
/// </summary>
public sealed record CreateProfileCommand(
    string? DisplayName,
    string? Postcode,
    string? Email,
    string? Phone,
    List<OpportunityKind>? Seeks,
    int HoursPerWeek,
    int MaxTravelKm,
    List<ProfileCompetenceInput>? Competences,
    List<ProfileLanguageInput>? Languages,
    List<ProfileExperienceInput>? Experiences,
    List<string>? Interests,
    ProfileVisibility? Visibility) : ICommand<CreatedProfileDto>, IProfileFields, IRequirePolicy
{
    public static Policy Policy => Policies.WorkWithProfiles;
}

public sealed class CreateProfileCommandValidator : ProfileFieldsValidator<CreateProfileCommand>;

public sealed class CreateProfileCommandHandler(ITalentMatchDbContext db, ICurrentUser user, ProfileAccess access, ProfileStore store, ProfileReader reader, ITitleMemory titles)
    : IRequestHandler<CreateProfileCommand, CreatedProfileDto>
{
    private static readonly TimeSpan ClaimCodeValidity = TimeSpan.FromDays(30);

    public async Task<CreatedProfileDto> Handle(CreateProfileCommand request, CancellationToken cancellationToken)
    {
        var userId = access.CallerId;
        var staff = access.IsStaff;
        if (!staff && !user.IsInRole(Roles.JobSeeker))
        {
            throw new ForbiddenAccessException(Messages.ProfileCreateForbidden);
        }

        if (!staff && await store.OwnProfileIdAsync(userId, cancellationToken) is { } own)
        {
            throw new DomainRuleException(Messages.OwnProfileExists, own);
        }

        var now = store.Now;
        var profile = new TalentProfile(userId, staff ? null : userId, now);
        await titles.RememberNewExperiencesAsync(profile, request.Experiences, cancellationToken);
        await store.ApplyAsync(profile, request, cancellationToken);
        var code = staff ? profile.IssueClaimCode(now, ClaimCodeValidity) : null;
        db.Profiles.Add(profile);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedProfileDto(await reader.ReadAsync(profile, cancellationToken), code, profile.ClaimCodeExpiresAt);
    }
}
