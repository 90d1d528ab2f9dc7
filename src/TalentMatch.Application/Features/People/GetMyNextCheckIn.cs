using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Aftercare;

namespace TalentMatch.Application.Features.People;

/// <summary>
/// The signed-in person's next aftercare check-in (the first not yet done), or null. Only the
/// date and whether it is overdue: what the coach writes at a check-in stays with staff.
/// </summary>
public sealed record GetMyNextCheckInQuery : IQuery<NextCheckInDto?>, IRequirePolicy
{
    public static Policy Policy => Policies.WorkWithProfiles;
}

public sealed class GetMyNextCheckInQueryHandler(ITalentMatchDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GetMyNextCheckInQuery, NextCheckInDto?>
{
    public async Task<NextCheckInDto?> Handle(GetMyNextCheckInQuery request, CancellationToken cancellationToken)
    {
        var me = user.RequireUserId();
        var next = await db.CheckIns.AsNoTracking()
            .Where(c => c.CompletedAt == null && db.Profiles.Any(p => p.Id == c.ProfileId && p.OwnerUserId == me))
            .OrderBy(c => c.DueOn).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.DueOn, c.Offset })
            .FirstOrDefaultAsync(cancellationToken);
        return next is null ? null : new NextCheckInDto(next.Id, next.DueOn, next.Offset, next.DueOn < clock.Today());
    }
}
