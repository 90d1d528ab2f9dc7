using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Aftercare;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Aftercare;

/// <summary>
/// Escalations, oldest first. A matchmaker sees their own unless they ask for another
/// matchmaker's; an admin sees all; a coach sees those of their own people.
/// </summary>
public sealed record ListEscalationsQuery(bool? Open, Guid? MatchmakerId, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<EscalationDto>>, IPagedRequest, IRequirePolicy
{
    public static Policy Policy => Policies.FollowUp;
}

public sealed class ListEscalationsQueryValidator : PagedRequestValidator<ListEscalationsQuery>;

public sealed class ListEscalationsQueryHandler(ITalentMatchDbContext db, ICurrentUser user)
    : IRequestHandler<ListEscalationsQuery, PagedList<EscalationDto>>
{
    public async Task<PagedList<EscalationDto>> Handle(ListEscalationsQuery request, CancellationToken cancellationToken)
    {
        var escalations = db.Escalations.AsQueryable();
        var matchmakerId = request.MatchmakerId;
        if (!user.IsInRole(Roles.Admin))
        {
            if (user.IsInRole(Roles.Matchmaker))
            {
                matchmakerId ??= user.RequireUserId();
            }
            else if (user.IsInRole(Roles.Coach))
            {
                var me = user.RequireUserId();
                escalations = escalations.Where(e => db.Profiles.Any(p => p.Id == e.ProfileId && p.CoachUserId == me));
            }
            else
            {
                throw new ForbiddenAccessException(Messages.EscalationsSeenBy);
            }
        }

        if (matchmakerId is { } matchmaker)
        {
            escalations = escalations.Where(e => e.MatchmakerUserId == matchmaker);
        }

        escalations = request.Open switch
        {
            true => escalations.Where(e => e.ResolvedAt == null),
            false => escalations.Where(e => e.ResolvedAt != null),
            null => escalations,
        };

        var page = await db.Rows(escalations)
            .OrderBy(r => r.Escalation.RaisedAt).ThenBy(r => r.Escalation.Id)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        return page.Map(r => r.ToDto());
    }
}

/// <summary>An escalation with the name of the person it is about.</summary>
internal sealed class EscalationRow
{
    public required Escalation Escalation { get; init; }
    public required string DisplayName { get; init; }

    public EscalationDto ToDto()
    {
        var e = Escalation;
        return new EscalationDto(e.Id, e.MatchId, e.CheckInId, e.ProfileId, DisplayName, e.MatchmakerUserId, e.RaisedAt, e.IsOpen, e.ResolvedAt, e.ResolvedByUserId, e.Resolution);
    }
}

internal static class EscalationReading
{
    public static IQueryable<EscalationRow> Rows(this ITalentMatchDbContext db, IQueryable<Escalation> escalations) =>
        escalations.AsNoTracking().Join(db.Profiles, e => e.ProfileId, p => p.Id, (e, p) => new EscalationRow { Escalation = e, DisplayName = p.DisplayName });
}
