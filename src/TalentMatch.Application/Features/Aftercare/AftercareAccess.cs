using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Aftercare;

/// <summary>Who may see and change a person's aftercare, and which day it is for due dates.</summary>
public static class AftercareAccess
{
    /// <summary>Matchmakers and admins oversee every person's aftercare.</summary>
    public static bool IsManager(ICurrentUser user) => Policies.ManageAftercare.Allows(user);

    /// <summary>The caller is the coach given (the person's current coach).</summary>
    public static bool IsCoach(ICurrentUser user, Guid? coachUserId) =>
        user.IsInRole(Roles.Coach) && coachUserId is { } coach && coach == user.UserId;

    /// <summary>One person, one coach: only their current coach, a matchmaker or an admin.</summary>
    public static void EnsureCoachOrManager(ICurrentUser user, Guid? coachUserId)
    {
        if (!IsManager(user) && !IsCoach(user, coachUserId))
        {
            throw new ForbiddenAccessException(Messages.CoachOrStaffOnly);
        }
    }

    /// <summary>The same, looking up the person's current coach.</summary>
    public static async Task EnsureCoachOrManagerAsync(this ITalentMatchDbContext db, ICurrentUser user, Guid profileId, CancellationToken cancellationToken)
    {
        if (!IsManager(user))
        {
            EnsureCoachOrManager(user, await db.Profiles.Where(p => p.Id == profileId).Select(p => p.CoachUserId).FirstOrDefaultAsync(cancellationToken));
        }
    }
}
