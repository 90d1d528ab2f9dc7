using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Catalogue;

namespace TalentMatch.Application.Features.Profiles;

/// <summary>
/// Competences a person probably has, given the occupations they worked, volunteered or lived
/// in, and that are not yet on their profile. Essential competences of an occupation count
/// double, and more years make a suggestion stronger.
/// </summary>
public sealed record SuggestedCompetencesQuery(Guid Id) : IQuery<IReadOnlyList<SuggestedCompetenceDto>>, IRequirePolicy
{
    public static Policy Policy => Policies.WorkWithProfiles;
}

public sealed class SuggestedCompetencesQueryHandler(ITalentMatchDbContext db, ICurrentUser user, ProfileStore store)
    : IRequestHandler<SuggestedCompetencesQuery, IReadOnlyList<SuggestedCompetenceDto>>
{
    public async Task<IReadOnlyList<SuggestedCompetenceDto>> Handle(SuggestedCompetencesQuery request, CancellationToken cancellationToken)
    {
        var profile = await store.LoadAccessibleAsync(request.Id, track: false, cancellationToken);

        var years = profile.Experiences.GroupBy(e => e.OccupationId).ToDictionary(g => g.Key, g => g.Sum(e => e.Years));
        var occupationIds = years.Keys.ToList();
        var have = profile.Competences.Select(c => c.CompetenceId).ToHashSet();
        var relations = await db.OccupationCompetences.AsNoTracking()
            .Where(oc => occupationIds.Contains(oc.OccupationId))
            .ToListAsync(cancellationToken);

        var suggestions = relations
            .Where(r => !have.Contains(r.CompetenceId))
            .GroupBy(r => r.CompetenceId)
            .Select(g => new
            {
                CompetenceId = g.Key,
                Essential = g.Any(r => r.Relation == OccupationCompetenceRelation.Essential),
                From = g.Select(r => r.OccupationId).Distinct().OrderBy(id => id).ToList(),
                Strength = g.Sum(r => (r.Relation == OccupationCompetenceRelation.Essential ? 2.0 : 1.0) * (1 + Math.Log(1 + years[r.OccupationId]))),
            })
            .ToList();
        var labels = await db.CompetenceLabelsAsync(suggestions.Select(s => s.CompetenceId), user.Language, cancellationToken);
        return suggestions
            .OrderByDescending(s => s.Strength).ThenBy(s => s.CompetenceId)
            .Select(s => new SuggestedCompetenceDto(s.CompetenceId, labels.GetValueOrDefault(s.CompetenceId, ""), s.Essential, s.From, Math.Round(s.Strength, 2)))
            .ToList();
    }
}
