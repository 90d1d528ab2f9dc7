using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Organisations;

namespace TalentMatch.Application.Features.Organisations;

/// <summary>Who may see and change an organisation: staff, and the organisation's own employers.</summary>
public static class OrganisationAccess
{
    public static bool IsEmployerOf(ICurrentUser user, Guid? organisationId) =>
        user.IsInRole(Roles.Employer) && organisationId is not null && user.OrganisationId == organisationId;

    public static void EnsureCanRead(ICurrentUser user, Organisation organisation)
    {
        if (!Policies.SeeEveryOrganisation.Allows(user) && !IsEmployerOf(user, organisation.Id))
        {
            throw new ForbiddenAccessException(Messages.EmployerSeesOwnOrganisation);
        }
    }

    public static void EnsureCanChange(ICurrentUser user, Organisation organisation)
    {
        if (!Policies.OpportunityStaff.Allows(user) && !IsEmployerOf(user, organisation.Id))
        {
            throw new ForbiddenAccessException(Messages.OrganisationChangeForbidden);
        }
    }
}
