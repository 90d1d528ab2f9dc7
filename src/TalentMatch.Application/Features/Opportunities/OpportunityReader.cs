using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Languages;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Features.Opportunities;

/// <summary>
/// Reads opportunities as the caller sees them: organisation names, the district, and labelled
/// requirements and languages in the caller's language.
/// </summary>
public sealed class OpportunityReader(ITalentMatchDbContext db, ICurrentUser user, OpportunityAccess access, PostcodeDirectory places)
{
    public string DistrictOf(string postcode) => places.DistrictOf(postcode);

    public async Task<Dictionary<Guid, string>> OrganisationNamesAsync(IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return await db.Organisations.AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }

    /// <summary>The opportunity shaped by <paramref name="shape"/>, with its ETag.</summary>
    public async Task<Versioned<TDto>> ReadAsync<T, TDto>(T opportunity, Func<T, OpportunityView, TDto> shape, CancellationToken cancellationToken)
        where T : Opportunity
    {
        var view = await ViewAsync(opportunity, cancellationToken);
        return new Versioned<TDto>(shape(opportunity, view), ETags.Format(opportunity.ConcurrencyStamp));
    }

    private async Task<OpportunityView> ViewAsync(Opportunity opportunity, CancellationToken cancellationToken)
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
                .ToList(),
            access.SeesRequesterNames);
    }
}
