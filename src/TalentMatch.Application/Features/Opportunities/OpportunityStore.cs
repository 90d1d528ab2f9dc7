using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Opportunities;

/// <summary>
/// Loads, adds and deletes vacancies and volunteer requests, with the caller's access checked
/// first and every reference in a body checked before anything is written.
/// </summary>
public sealed class OpportunityStore(ITalentMatchDbContext db, OpportunityAccess access, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<T> LoadAsync<T>(Guid id, bool track, CancellationToken cancellationToken)
        where T : Opportunity
    {
        var query = db.Opportunities.OfType<T>().Include(o => o.Requirements).Include(o => o.Languages).AsSplitQuery();
        if (!track)
        {
            query = query.AsNoTracking();
        }

        return await query.FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException(EntityNames.Of(KindOf<T>()), id);
    }

    /// <summary>Loads an opportunity the caller may read, untracked.</summary>
    public async Task<T> LoadReadableAsync<T>(Guid id, CancellationToken cancellationToken)
        where T : Opportunity
    {
        var opportunity = await LoadAsync<T>(id, track: false, cancellationToken);
        access.EnsureCanRead(opportunity);
        return opportunity;
    }

    /// <summary>
    /// Makes a new opportunity with <paramref name="make"/> (given the caller and the time) once the
    /// caller may write for its organisation and its references exist, and saves it.
    /// </summary>
    public async Task<T> AddAsync<T>(IOpportunityFields fields, Policy staff, Func<Guid, DateTime, T> make, CancellationToken cancellationToken)
        where T : Opportunity
    {
        access.EnsureCanWrite(fields.OrganisationId, staff);
        await CheckReferencesAsync(fields, cancellationToken);
        var opportunity = make(access.CallerId, Now);
        db.Opportunities.Add(opportunity);
        await db.SaveChangesAsync(cancellationToken);
        return opportunity;
    }

    /// <summary>
    /// Replaces an opportunity with <paramref name="describe"/>: the caller may change it (and move it only
    /// to an organisation they may write for), the If-Match holds, and the new references exist.
    /// </summary>
    public async Task<T> UpdateAsync<T>(Guid id, IOpportunityFields fields, string? ifMatch, Policy staff, Action<T, DateTime> describe, CancellationToken cancellationToken)
        where T : Opportunity
    {
        var opportunity = await LoadAsync<T>(id, track: true, cancellationToken);
        access.EnsureCanRead(opportunity);
        access.EnsureCanWrite(opportunity.OrganisationId, staff, opportunity.CreatedByUserId);
        access.EnsureCanWrite(fields.OrganisationId, staff, opportunity.CreatedByUserId);
        db.CheckIfMatch(opportunity, ifMatch, EntityNames.Of(opportunity.Kind));
        await CheckReferencesAsync(fields, cancellationToken);
        describe(opportunity, Now);
        await db.SaveChangesAsync(cancellationToken);
        return opportunity;
    }

    public async Task DeleteAsync<T>(Guid id, Policy staff, CancellationToken cancellationToken)
        where T : Opportunity
    {
        var opportunity = await LoadAsync<T>(id, track: true, cancellationToken);
        access.EnsureCanRead(opportunity);
        access.EnsureCanWrite(opportunity.OrganisationId, staff, opportunity.CreatedByUserId);
        opportunity.EnsureDeletable();
        db.Opportunities.Remove(opportunity);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Every id in the body must exist: a 400 names the first field that refers to nothing.</summary>
    private async Task CheckReferencesAsync(IOpportunityFields fields, CancellationToken cancellationToken)
    {
        if (fields.OrganisationId is { } organisationId && !await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            throw new InvalidReferenceException("organisationId", EntityNames.Organisation, organisationId);
        }

        var requirements = fields.Requirements ?? [];
        var missing = await db.MissingCompetencesAsync(requirements.Select(r => r.CompetenceId), cancellationToken);
        if (missing.Count > 0)
        {
            var index = requirements.FindIndex(r => missing.Contains(r.CompetenceId));
            throw new InvalidReferenceException($"requirements[{index}].competenceId", EntityNames.Competence, requirements[index].CompetenceId);
        }

        if (fields is IOccupationReference { OccupationId: { } occupationId } && !await db.Occupations.AnyAsync(o => o.Id == occupationId, cancellationToken))
        {
            throw new InvalidReferenceException("occupationId", EntityNames.Occupation, occupationId);
        }
    }

    private static OpportunityKind KindOf<T>()
        where T : Opportunity => typeof(T) == typeof(Vacancy) ? OpportunityKind.Job : OpportunityKind.Volunteering;
}
