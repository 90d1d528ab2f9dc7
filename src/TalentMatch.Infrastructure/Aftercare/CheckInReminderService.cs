using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Features.Aftercare;

namespace TalentMatch.Infrastructure.Aftercare;

/// <summary>
/// Sends check-in reminders shortly after start-up and then every
/// <see cref="AftercareOptions.ReminderIntervalMinutes"/> (0 = off). A failed run is logged and
/// tried again at the next tick; it never stops the host. Runs are idempotent, so several
/// instances may each run it.
/// </summary>
public sealed class CheckInReminderService(IServiceScopeFactory scopes, AftercareOptions options, TimeProvider time, ILogger<CheckInReminderService> logger)
    : PeriodicJobService(scopes, time, logger, TimeSpan.FromSeconds(30))
{
    protected override int IntervalMinutes => options.ReminderIntervalMinutes;

    protected override string OffMessage => "Check-in reminders are off (Aftercare:ReminderIntervalMinutes is {Minutes})";

    protected override string FailedMessage => "Check-in reminder run failed; trying again in {Minutes} min";

    // The command logs how many reminders it wrote.
    protected override Task RunAsync(IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new SendCheckInRemindersCommand(), cancellationToken);
}
