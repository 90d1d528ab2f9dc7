using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Profiles;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Profiles;

namespace TalentMatch.Application.Features.Privacy;

/// <summary>
/// Who exercises a person's rights on their data (export, erasure): the person themself, or an
/// admin on a recorded request who names its ground. Anyone else is refused (403); an unknown
/// profile is a 404.
/// </summary>
internal static class PersonalDataRights
{
    /// <summary>The profile, after checking the caller may act on it; an admin without a ground gets a 400 on <c>reason</c>.</summary>
    public static async Task<TalentProfile> LoadForRightsAsync(this ITalentMatchDbContext db, ICurrentUser user, Guid id, bool groundGiven, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.AsNoTracking().Include(p => p.Experiences).FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(EntityNames.Profile, id);
        if (IsThePerson(user, profile))
        {
            return profile;
        }

        if (!user.IsInRole(Roles.Admin))
        {
            throw new ForbiddenAccessException(Messages.PersonalDataOwnOrAdmin);
        }

        if (!groundGiven)
        {
            throw new ValidationException([new ValidationFailure("reason", Messages.Get(Messages.AdminNamesGround))]);
        }

        return profile;
    }

    public static bool IsThePerson(ICurrentUser user, TalentProfile profile) => ProfileAccess.IsThePerson(user, profile.OwnerUserId);
}
