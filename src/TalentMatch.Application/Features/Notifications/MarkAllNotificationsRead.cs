using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;

namespace TalentMatch.Application.Features.Notifications;

/// <summary>Marks every unread notification of the caller read.</summary>
public sealed record MarkAllNotificationsReadCommand : ICommand<Unit>, IRequirePolicy
{
    public static Policy Policy => Policies.SignedIn;
}

public sealed class MarkAllNotificationsReadCommandHandler(ITalentMatchDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<MarkAllNotificationsReadCommand, Unit>
{
    public async Task<Unit> Handle(MarkAllNotificationsReadCommand request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var now = clock.GetUtcNow().UtcDateTime;
        var unread = await db.Notifications.Where(n => n.RecipientUserId == userId && n.ReadAt == null).ToListAsync(cancellationToken);
        unread.ForEach(n => n.MarkRead(now));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
