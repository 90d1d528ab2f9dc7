using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Features.Notifications;

/// <summary>Marks one of the caller's notifications read; someone else's is not found (404), not forbidden, so ids reveal nothing.</summary>
public sealed record MarkNotificationReadCommand(Guid Id) : ICommand<Unit>, IRequirePolicy
{
    public static Policy Policy => Policies.SignedIn;
}

public sealed class MarkNotificationReadCommandHandler(ITalentMatchDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<MarkNotificationReadCommand, Unit>
{
    public async Task<Unit> Handle(MarkNotificationReadCommand request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == request.Id && n.RecipientUserId == userId, cancellationToken)
            ?? throw new NotFoundException(EntityNames.Notification, request.Id);
        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
