using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Catalogue;

namespace TalentMatch.Application.Features.Catalogue;

public sealed record GetOccupationQuery(Guid Id) : IQuery<OccupationDto>, IRequirePolicy
{
    public static Policy Policy => Policies.SignedIn;
}

public sealed class GetOccupationQueryHandler(ITalentMatchDbContext db, ICurrentUser user) : IRequestHandler<GetOccupationQuery, OccupationDto>
{
    public async Task<OccupationDto> Handle(GetOccupationQuery request, CancellationToken cancellationToken)
    {
        var occupation = await db.Occupations.AsNoTracking()
            .Include(o => o.Labels).Include(o => o.Competences)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(EntityNames.Occupation, request.Id);

        var competenceIds = occupation.Competences.Select(c => c.CompetenceId).ToList();
        var types = await db.Competences.AsNoTracking().Where(c => competenceIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Type, cancellationToken);
        var labels = await db.CompetenceLabelsAsync(competenceIds, user.Language, cancellationToken);
        List<OccupationCompetenceDto> Of(OccupationCompetenceRelation relation) => occupation.Competences
            .Where(c => c.Relation == relation)
            .Select(c => new OccupationCompetenceDto(c.CompetenceId, labels.GetValueOrDefault(c.CompetenceId, ""), types[c.CompetenceId]))
            .OrderBy(c => c.Label, StringComparer.CurrentCulture)
            .ToList();

        return new OccupationDto(
            occupation.Id,
            occupation.EscoUri,
            LabelChooser.Preferred(occupation.Labels, user.Language),
            LabelMaps.Preferred(occupation.Labels),
            LabelMaps.Alternatives(occupation.Labels),
            occupation.IscoGroup,
            Of(OccupationCompetenceRelation.Essential),
            Of(OccupationCompetenceRelation.Optional));
    }
}
