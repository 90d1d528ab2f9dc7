using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Domain.Catalogue;

namespace TalentMatch.Application.Features.Catalogue;

/// <summary>Looks up display labels for many catalogue ids in one query.</summary>
public static class CatalogueLabels
{
    public static async Task<Dictionary<Guid, string>> CompetenceLabelsAsync(this ITalentMatchDbContext db, IEnumerable<Guid> ids, string language, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var labels = await db.CompetenceLabels.AsNoTracking()
            .Where(l => l.IsPreferred && wanted.Contains(l.CompetenceId))
            .ToListAsync(cancellationToken);
        return labels.GroupBy(l => l.CompetenceId).ToDictionary(g => g.Key, g => LabelChooser.Preferred(g, language));
    }

    public static async Task<Dictionary<Guid, string>> OccupationLabelsAsync(this ITalentMatchDbContext db, IEnumerable<Guid> ids, string language, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var labels = await db.OccupationLabels.AsNoTracking()
            .Where(l => l.IsPreferred && wanted.Contains(l.OccupationId))
            .ToListAsync(cancellationToken);
        return labels.GroupBy(l => l.OccupationId).ToDictionary(g => g.Key, g => LabelChooser.Preferred(g, language));
    }

    /// <summary>The ids among <paramref name="ids"/> that are not in the catalogue.</summary>
    public static async Task<List<Guid>> MissingCompetencesAsync(this ITalentMatchDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var found = await db.Competences.Where(c => wanted.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        return wanted.Except(found).ToList();
    }

    public static async Task<List<Guid>> MissingOccupationsAsync(this ITalentMatchDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var found = await db.Occupations.Where(c => wanted.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        return wanted.Except(found).ToList();
    }
}
