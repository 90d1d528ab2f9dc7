using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Organisations;
using TalentMatch.Application.Features.Profiles;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Volunteering;

namespace TalentMatch.Application.Features.Volunteering;

/// <summary>
/// Who logs, reads and confirms volunteer hours. Staff in <see cref="Policies.VolunteerHoursStaff"/>
/// log and read them for anyone, a volunteer for themself; the requester confirms them (an employer
/// of the organisation, or the neighbour who asked, or <see cref="Policies.ConfirmNeighbourHours"/>
/// on their behalf), never their own.
/// </summary>
public sealed class VolunteerHoursAccess(ITalentMatchDbContext db, ICurrentUser user)
{
    public Guid CallerId => user.RequireUserId();

    /// <summary>Staff log hours for anyone; a person only for the profile they own (<paramref name="ownerUserId"/>).</summary>
    public void EnsureMayLog(Guid? ownerUserId)
    {
        if (!Policies.VolunteerHoursStaff.Allows(user) && !ProfileAccess.IsThePerson(user, ownerUserId))
        {
            throw new ForbiddenAccessException(Messages.VolunteerHoursLoggedBy);
        }
    }

    /// <summary>
    /// The hours on a request the caller may see: staff, the requesting organisation's employers and
    /// the neighbour who asked see every entry; a volunteer only their own.
    /// </summary>
    public IQueryable<VolunteerHours> Visible(VolunteerRequest volunteerRequest, IQueryable<VolunteerHours> entries)
    {
        if (Policies.VolunteerHoursStaff.Allows(user) || OrganisationAccess.IsEmployerOf(user, volunteerRequest.OrganisationId) || volunteerRequest.IsAskedBy(user.UserId))
        {
            return entries;
        }

        if (!user.IsInRole(Roles.JobSeeker))
        {
            throw new ForbiddenAccessException(Messages.VolunteerHoursSeenBy);
        }

        var userId = user.UserId;
        return entries.Where(h => db.Profiles.Any(p => p.Id == h.ProfileId && p.OwnerUserId == userId));
    }

    /// <summary>The requester confirms; nobody confirms hours they logged themselves or that are their own.</summary>
    public async Task EnsureMayConfirmAsync(VolunteerRequest volunteerRequest, VolunteerHours hours, CancellationToken cancellationToken)
    {
        var userId = CallerId;
        var requester = volunteerRequest.OrganisationId is { } organisationId
            ? OrganisationAccess.IsEmployerOf(user, organisationId)
            : Policies.ConfirmNeighbourHours.Allows(user) || volunteerRequest.IsAskedBy(user.UserId);
        if (!requester)
        {
            throw new ForbiddenAccessException(volunteerRequest.OrganisationId is null
                ? Messages.NeighbourHoursConfirmedByStaff
                : Messages.OrganisationHoursConfirmedByEmployer);
        }

        var ownHours = hours.LoggedByUserId == userId ||
                       await db.Profiles.AnyAsync(p => p.Id == hours.ProfileId && p.OwnerUserId == userId, cancellationToken);
        if (ownHours)
        {
            throw new ForbiddenAccessException(Messages.OwnHoursNotConfirmed);
        }
    }
}
