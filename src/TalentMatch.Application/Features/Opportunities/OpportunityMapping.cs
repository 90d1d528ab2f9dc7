using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Application.Features.Organisations;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Languages;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Features.Opportunities;

/// <summary>
/// Access, reference checks, writing and reading that vacancies and volunteer requests share.
/// Employers work only with their own organisation's opportunities; job seekers see open ones.
/// </summary>
public sealed class OpportunityMapping(ITalentMatchDbContext db, ICurrentUser user, PostcodeDirectory places, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public bool IsJobSeeker => user.IsInRole(Roles.JobSeeker) && !Policies.Staff.Allows(user);

    public Guid CallerId => user.RequireUserId();

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
        if (opportunity.Status != OpportunityStatus.Open && !AskedByCaller(opportunity.OrganisationId, opportunity.CreatedByUserId))
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

        if (staff == Policies.VolunteerRequestStaff && user.IsInRole(Roles.JobSeeker) && AskedByCaller(organisationId, askedBy ?? user.UserId))
        {
            return;
        }

        if (!user.IsInRole(Roles.Employer))
        {
            throw new ForbiddenAccessException(Messages.OpportunityChangeForbidden);
        }

        EnsureEmployerOf(organisationId);
    }

    /// <summary>
    /// Loads an opportunity to replace it: the caller may change it (and move it only to an
    /// organisation they may write for), the If-Match holds, and the new references exist.
    /// </summary>
    public async Task<T> LoadForUpdateAsync<T>(Guid id, IOpportunityFields fields, string? ifMatch, Policy staff, CancellationToken cancellationToken)
        where T : Opportunity
    {
        var opportunity = await LoadAsync<T>(id, track: true, cancellationToken);
        EnsureCanRead(opportunity);
        EnsureCanWrite(opportunity.OrganisationId, staff, opportunity.CreatedByUserId);
        EnsureCanWrite(fields.OrganisationId, staff, opportunity.CreatedByUserId);
        db.CheckIfMatch(opportunity, ifMatch, EntityNames.Of(opportunity.Kind));
        await CheckReferencesAsync(fields, cancellationToken);
        return opportunity;
    }

    /// <summary>Every id in the body must exist: a 400 names the first field that refers to nothing.</summary>
    public async Task CheckReferencesAsync(IOpportunityFields fields, CancellationToken cancellationToken)
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
    }

    /// <summary>Writes the shared fields. Status moves last when opening, so the new requirements count.</summary>
    public void Apply(Opportunity opportunity, IOpportunityFields fields)
    {
        var status = fields.Status ?? OpportunityStatus.Draft;
        if (status != OpportunityStatus.Open)
        {
            opportunity.ChangeStatus(status);
        }

        opportunity.OrganisationId = fields.OrganisationId;
        opportunity.Title = fields.Title!.Trim();
        opportunity.Description = fields.Description?.Trim() ?? "";
        opportunity.Postcode = fields.Postcode!.Trim();
        opportunity.MultilingualValued = fields.MultilingualValued;
        opportunity.Interests = (fields.Interests ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        opportunity.SetRequirements((fields.Requirements ?? []).Select(r => new OpportunityRequirement
        {
            OpportunityId = opportunity.Id,
            CompetenceId = r.CompetenceId,
            MinLevel = r.MinLevel,
            Importance = r.Importance!.Value,
            Weight = r.Weight,
        }).ToList());
        opportunity.SetLanguages((fields.Languages ?? []).Select(l => new OpportunityLanguage
        {
            OpportunityId = opportunity.Id,
            Code = l.Code!.Trim().ToLowerInvariant(),
            MinLevel = CefrLevel.Parse(l.MinLevel!),
            Importance = l.Importance!.Value,
        }).ToList());
        opportunity.ChangeStatus(status);
        opportunity.Touch(Now);
    }

    /// <summary>An open opportunity may have candidates in progress: it is closed before it is deleted.</summary>
    public async Task DeleteAsync<T>(Guid id, Policy staff, CancellationToken cancellationToken)
        where T : Opportunity
    {
        var opportunity = await LoadAsync<T>(id, track: true, cancellationToken);
        EnsureCanRead(opportunity);
        EnsureCanWrite(opportunity.OrganisationId, staff, opportunity.CreatedByUserId);
        if (opportunity.Status == OpportunityStatus.Open)
        {
            throw new DomainRuleException(Messages.OpenOpportunityNotDeletable);
        }

        db.Opportunities.Remove(opportunity);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>What the caller may list, narrowed by the shared filters, newest first.</summary>
    public IQueryable<T> Visible<T>(IQueryable<T> opportunities, IOpportunityListQuery request)
        where T : Opportunity
    {
        if (!Policies.Staff.Allows(user))
        {
            if (user.IsInRole(Roles.Employer))
            {
                var own = user.OrganisationId;
                opportunities = opportunities.Where(o => o.OrganisationId == own);
            }
            else
            {
                var me = user.UserId;
                opportunities = opportunities.Where(o => o.Status == OpportunityStatus.Open || (o.OrganisationId == null && o.CreatedByUserId == me));
            }
        }

        if (OpportunityStatuses.Parse(request.Status) is { } status)
        {
            opportunities = opportunities.Where(o => o.Status == status);
        }

        if (request.OrganisationId is { } organisationId)
        {
            opportunities = opportunities.Where(o => o.OrganisationId == organisationId);
        }

        if (request.Postcode is { } postcode)
        {
            opportunities = opportunities.Where(o => o.Postcode == postcode);
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = request.Q.Trim().ToLower();
            opportunities = opportunities.Where(o => o.Title.ToLower().Contains(q) || o.Description.ToLower().Contains(q));
        }

        return opportunities.OrderByDescending(o => o.UpdatedAt).ThenBy(o => o.Id);
    }

    public string DistrictOf(string postcode) => places.DistrictOf(postcode);

    public async Task<Dictionary<Guid, string>> OrganisationNamesAsync(IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return await db.Organisations.AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }

    public async Task<OpportunityView> ViewAsync(Opportunity opportunity, CancellationToken cancellationToken)
    {
        var labels = await db.CompetenceLabelsAsync(opportunity.Requirements.Select(r => r.CompetenceId), user.Language, cancellationToken);
        var names = await OrganisationNamesAsync([opportunity.OrganisationId], cancellationToken);
        return new OpportunityView(
            opportunity.OrganisationId is { } id ? names.GetValueOrDefault(id) : null,
            places.DistrictOf(opportunity.Postcode),
            opportunity.Requirements
                .Select(r => new OpportunityRequirementDto(r.CompetenceId, labels.GetValueOrDefault(r.CompetenceId, ""), r.MinLevel, r.Importance, r.Weight))
                .OrderBy(r => r.Importance).ThenBy(r => r.Label, StringComparer.CurrentCulture)
                .ToList(),
            opportunity.Languages
                .OrderBy(l => l.Importance).ThenBy(l => l.Code, StringComparer.Ordinal)
                .Select(l => new OpportunityLanguageDto(l.Code, IsoLanguages.Find(l.Code)?.NameIn(user.Language) ?? l.Code, l.MinLevel.ToString(), l.Importance))
                .ToList());
    }

    private static OpportunityKind KindOf<T>()
        where T : Opportunity => typeof(T) == typeof(Vacancy) ? OpportunityKind.Job : OpportunityKind.Volunteering;

    private void EnsureEmployerOf(Guid? organisationId)
    {
        if (!OrganisationRules.IsEmployerOf(user, organisationId))
        {
            throw new ForbiddenAccessException(Messages.EmployerOwnOpportunities);
        }
    }

    /// <summary>A neighbour's request (no organisation) that the caller asked for themself.</summary>
    private bool AskedByCaller(Guid? organisationId, Guid? askedBy) =>
        organisationId is null && askedBy is { } asker && asker == user.UserId;
}
