using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Features.Aftercare;

/// <summary>
/// A coach's people, the ones with the nearest check-in first (people with no check-in to do last).
/// Without a coach id: the calling coach's own people.
/// </summary>
public sealed record ListCoachPeopleQuery(Guid? CoachId, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<CoachPersonDto>>, IPagedRequest, IRequirePolicy
{
    public static Policy Policy => Policies.FollowUp;
}

public sealed class ListCoachPeopleQueryValidator : PagedRequestValidator<ListCoachPeopleQuery>;

public sealed class ListCoachPeopleQueryHandler(ITalentMatchDbContext db, ICurrentUser user, IIdentityService identity, PostcodeDirectory places, TimeProvider clock)
    : IRequestHandler<ListCoachPeopleQuery, PagedList<CoachPersonDto>>
{
    public async Task<PagedList<CoachPersonDto>> Handle(ListCoachPeopleQuery request, CancellationToken cancellationToken)
    {
        var coachId = await CoachIdAsync(request.CoachId);
        var page = await db.Profiles.AsNoTracking()
            .Where(p => p.CoachUserId == coachId)
            .Select(p => new
            {
                p.Id,
                p.DisplayName,
                p.Postcode,
                OpenPlacements = db.Matches.Count(m => m.ProfileId == p.Id && m.Kind == OpportunityKind.Job && m.State == MatchState.Placed && m.OutcomeRecordedAt == null),
                NextDueOn = db.CheckIns.Where(c => c.ProfileId == p.Id && c.CompletedAt == null).Min(c => (DateOnly?)c.DueOn),
                OpenEscalations = db.Escalations.Count(e => e.ProfileId == p.Id && e.ResolvedAt == null),
            })
            .OrderBy(p => p.NextDueOn == null).ThenBy(p => p.NextDueOn).ThenBy(p => p.DisplayName).ThenBy(p => p.Id)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);

        var ids = page.Items.Select(p => p.Id).ToList();
        var open = await db.CheckIns.AsNoTracking()
            .Where(c => ids.Contains(c.ProfileId) && c.CompletedAt == null)
            .Select(c => new { c.Id, c.ProfileId, c.DueOn, c.Offset })
            .ToListAsync(cancellationToken);
        var next = open
            .GroupBy(c => c.ProfileId)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.DueOn).ThenBy(c => c.Id).First());
        var today = clock.Today();

        return page.Map(p => new CoachPersonDto(
            p.Id,
            p.DisplayName,
            places.DistrictOf(p.Postcode),
            p.OpenPlacements,
            next.TryGetValue(p.Id, out var c) ? new NextCheckInDto(c.Id, c.DueOn, c.Offset, c.DueOn < today) : null,
            p.OpenEscalations));
    }

    private async Task<Guid> CoachIdAsync(Guid? requested)
    {
        if (requested is not { } coachId)
        {
            return user.IsInRole(Roles.Coach)
                ? user.RequireUserId()
                : throw new ForbiddenAccessException(Messages.OnlyCoachHasPeople);
        }

        if (!AftercareAccess.IsManager(user))
        {
            throw new ForbiddenAccessException(Messages.OtherCoachPeopleForbidden);
        }

        return await identity.UserHasRoleAsync(coachId, Roles.Coach) ? coachId : throw new NotFoundException(EntityNames.Coach, coachId);
    }
}
