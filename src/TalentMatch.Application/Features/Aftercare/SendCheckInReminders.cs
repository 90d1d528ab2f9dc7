using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Notifications;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Features.Aftercare;

/// <summary>
/// Reminds coaches of check-ins: once when one falls within <see cref="AftercareOptions.ReminderDays"/>,
/// once when it is overdue. A person without a coach: their placement's matchmaker is reminded
/// instead. Running it again writes nothing new.
/// </summary>
public sealed record SendCheckInRemindersCommand : ICommand<CheckInRemindersSent>;

/// <summary>How many notifications a run wrote.</summary>
public sealed record CheckInRemindersSent(int Due, int Overdue)
{
    public int Total => Due + Overdue;
}

public sealed class SendCheckInRemindersCommandHandler(
    ITalentMatchDbContext db,
    AftercareOptions options,
    Notifier notifier,
    TimeProvider clock,
    ILogger<SendCheckInRemindersCommandHandler> logger) : IRequestHandler<SendCheckInRemindersCommand, CheckInRemindersSent>
{
    public async Task<CheckInRemindersSent> Handle(SendCheckInRemindersCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        var horizon = today.AddDays(options.ReminderDays);

        var pending = await (
                from c in db.CheckIns
                where c.CompletedAt == null &&
                      ((c.DueOn < today && c.OverdueNotifiedAt == null) ||
                       (c.DueOn >= today && c.DueOn <= horizon && c.DueNotifiedAt == null))
                join m in db.Matches on c.MatchId equals m.Id
                join p in db.Profiles on c.ProfileId equals p.Id
                orderby c.DueOn, c.Id
                select new { c.Id, c.DueOn, Recipient = p.CoachUserId ?? m.MatchmakerUserId })
            .ToListAsync(cancellationToken);

        int due = 0, overdue = 0;
        foreach (var item in pending)
        {
            // Claim the reminder with a conditional update, so two instances running at once
            // cannot both write it.
            var isOverdue = item.DueOn < today;
            var claimed = isOverdue
                ? await db.CheckIns.Where(c => c.Id == item.Id && c.OverdueNotifiedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.OverdueNotifiedAt, now), cancellationToken)
                : await db.CheckIns.Where(c => c.Id == item.Id && c.DueNotifiedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.DueNotifiedAt, now), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            notifier.Notify(item.Recipient, isOverdue ? NotificationType.CheckInOverdue : NotificationType.CheckInDue, item.Id, now);
            if (isOverdue)
            {
                overdue++;
            }
            else
            {
                due++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Check-in reminders written: {Due} due, {Overdue} overdue", due, overdue);
        return new CheckInRemindersSent(due, overdue);
    }
}
