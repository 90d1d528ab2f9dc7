using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Organisations;

namespace TalentMatch.Application.Features.Organisations;

/// <summary>Loads organisations, and keeps one organisation per name and postcode.</summary>
public static class OrganisationStore
{
    public static async Task<Organisation> LoadOrganisationAsync(this ITalentMatchDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
        ?? throw new NotFoundException(EntityNames.Organisation, id);

    /// <summary>The same name at the same postcode is the same organisation (409).</summary>
    public static async Task EnsureNoOtherNamedAsync(this ITalentMatchDbContext db, Guid id, OrganisationDetails details, CancellationToken cancellationToken) =>
        Organisation.EnsureNoneOtherIsTheSame(details, await db.Organisations.AnyAsync(Organisation.SameAs(id, details), cancellationToken));
}
