using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Features.Notifications;

/// <summary>The caller's own notifications, newest first; unread=true only unread ones, unread=false only read ones.</summary>
public sealed record ListNotificationsQuery(bool? Unread, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<NotificationDto>>, IPagedRequest, IRequirePolicy
{
    public static Policy Policy => Policies.SignedIn;
}

public sealed class ListNotificationsQueryValidator : PagedRequestValidator<ListNotificationsQuery>;

public sealed class ListNotificationsQueryHandler(ITalentMatchDbContext db, ICurrentUser user)
    : IRequestHandler<ListNotificationsQuery, PagedList<NotificationDto>>
{
    public async Task<PagedList<NotificationDto>> Handle(ListNotificationsQuery request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var notifications = db.Notifications.AsNoTracking().Where(n => n.RecipientUserId == userId);
        notifications = request.Unread switch
        {
            true => notifications.Where(n => n.ReadAt == null),
            false => notifications.Where(n => n.ReadAt != null),
            null => notifications,
        };

        var page = await notifications
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        var escalationIds = page.Items.Where(n => n.Type == NotificationType.Escalation).Select(n => n.SubjectId).ToList();
        var escalationCheckIns = escalationIds.Count == 0
            ? []
            : await db.Escalations.AsNoTracking().Where(e => escalationIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.CheckInId, cancellationToken);
        return page.Map(n => n.ToDto(user.Language, escalationCheckIns));
    }
}
