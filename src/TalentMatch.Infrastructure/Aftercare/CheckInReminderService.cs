using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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
    : BackgroundService
{
    /// <summary>Lets the host finish starting (and migrating) before the first run.</summary>
    internal TimeSpan FirstRunDelay { get; init; } = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = options.ReminderIntervalMinutes;
        if (minutes <= 0)
        {
            logger.LogInformation("Check-in reminders are off (Aftercare:ReminderIntervalMinutes is {Minutes})", minutes);
            return;
        }

        try
        {
            await Task.Delay(FirstRunDelay, time, stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), time);
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            // The command logs how many reminders it wrote.
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendCheckInRemindersCommand(), stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Check-in reminder run failed; trying again in {Minutes} min", options.ReminderIntervalMinutes);
        }
    }
}
