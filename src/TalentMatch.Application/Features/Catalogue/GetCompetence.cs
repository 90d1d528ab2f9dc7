using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;

namespace TalentMatch.Application.Features.Catalogue;

public sealed record GetCompetenceQuery(Guid Id) : IQuery<CompetenceDto>, IRequirePolicy
{
    public static Policy Policy => Policies.SignedIn;
}

public sealed class GetCompetenceQueryHandler(ITalentMatchDbContext db, ICurrentUser user) : IRequestHandler<GetCompetenceQuery, CompetenceDto>
{
    public async Task<CompetenceDto> Handle(GetCompetenceQuery request, CancellationToken cancellationToken)
    {
        var competence = await db.Competences.AsNoTracking()
            .Include(c => c.Labels).Include(c => c.Broader).Include(c => c.Related)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(EntityNames.Competence, request.Id);
        return competence.ToDto(user.Language);
    }
}
