using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Organisations;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Opportunities;

/// <summary>
/// Who may see and change which opportunity. Staff work with all of them; an employer only with
/// their own organisation's; a person sees open ones and the neighbourhood requests they asked themself.
/// </summary>
public sealed class OpportunityAccess(ICurrentUser user)
{
    public Guid CallerId => user.RequireUserId();

    /// <summary>A neighbour's name is personal data: a job seeker sees the district, not who asks.</summary>
    public bool SeesRequesterNames => Policies.Staff.Allows(user) || !user.IsInRole(Roles.JobSeeker);

    /// <summary>A job seeker is told a draft or closed opportunity does not exist, rather than that it is hidden.</summary>
    public void EnsureCanRead(Opportunity opportunity)
    {
        if (Policies.Staff.Allows(user))
        {
            return;
        }

        if (user.IsInRole(Roles.Employer))
        {
            EnsureEmployerOf(opportunity.OrganisationId);
            return;
        }

        // Anyone else signed in sees what the list shows them: open opportunities and what they asked themself.
        if (opportunity.Status != OpportunityStatus.Open && !opportunity.IsAskedBy(user.UserId))
        {
            throw new NotFoundException(EntityNames.Of(opportunity.Kind), opportunity.Id);
        }
    }

    /// <summary>
    /// Staff of <paramref name="staff"/> write for any organisation, an employer only for their own;
    /// a person writes a volunteer request without organisation that they asked themself
    /// (<paramref name="askedBy"/>: who asked an existing request; null for a new one).
    /// </summary>
    public void EnsureCanWrite(Guid? organisationId, Policy staff, Guid? askedBy = null)
    {
        if (staff.Allows(user))
        {
            return;
        }

        if (staff == Policies.VolunteerRequestStaff && user.IsInRole(Roles.JobSeeker) && Opportunity.IsNeighbourRequestAskedBy(organisationId, askedBy ?? user.UserId, user.UserId))
        {
            return;
        }

        if (!user.IsInRole(Roles.Employer))
        {
            throw new ForbiddenAccessException(Messages.OpportunityChangeForbidden);
        }

        EnsureEmployerOf(organisationId);
    }

    /// <summary>The opportunities the caller may list: staff all, an employer their own, a person the open ones and their own requests.</summary>
    public IQueryable<T> Visible<T>(IQueryable<T> opportunities)
        where T : Opportunity
    {
        if (Policies.Staff.Allows(user))
        {
            return opportunities;
        }

        if (user.IsInRole(Roles.Employer))
        {
            var own = user.OrganisationId;
            return opportunities.Where(o => o.OrganisationId == own);
        }

        var me = user.UserId;
        return opportunities.Where(o => o.Status == OpportunityStatus.Open || (o.OrganisationId == null && o.CreatedByUserId == me));
    }

    private void EnsureEmployerOf(Guid? organisationId)
    {
        if (!OrganisationAccess.IsEmployerOf(user, organisationId))
        {
            throw new ForbiddenAccessException(Messages.EmployerOwnOpportunities);
        }
    }
}
