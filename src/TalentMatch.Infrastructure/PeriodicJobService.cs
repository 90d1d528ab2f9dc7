using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TalentMatch.Infrastructure;

/// <summary>
/// Sends a command shortly after start-up and then every <see cref="IntervalMinutes"/> (0 = off),
/// each run in its own scope. A failed run is logged and tried again at the next tick; it never
/// stops the host. The commands are idempotent, so several instances may each run them.
/// </summary>
public abstract class PeriodicJobService(IServiceScopeFactory scopes, TimeProvider time, ILogger logger, TimeSpan firstRunDelay) : BackgroundService
{
    /// <summary>Lets the host finish starting (and migrating) before the first run.</summary>
    internal TimeSpan FirstRunDelay { get; init; } = firstRunDelay;

    protected TimeProvider Time => time;

    /// <summary>Minutes between runs; 0 or less switches the job off.</summary>
    protected abstract int IntervalMinutes { get; }

    /// <summary>Logged once when the job is off; its one placeholder is the interval.</summary>
    protected abstract string OffMessage { get; }

    /// <summary>Logged when a run fails; its one placeholder is the interval.</summary>
    protected abstract string FailedMessage { get; }

    protected abstract Task RunAsync(IMediator mediator, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = IntervalMinutes;
        if (minutes <= 0)
        {
#pragma warning disable CA2254 // The templates are constants of each job.
            logger.LogInformation(OffMessage, minutes);
#pragma warning restore CA2254
            return;
        }

        try
        {
            await Task.Delay(FirstRunDelay, time, stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), time);
            do
            {
                await RunOnceAsync(minutes, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RunOnceAsync(int minutes, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await RunAsync(scope.ServiceProvider.GetRequiredService<IMediator>(), stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
#pragma warning disable CA2254 // The templates are constants of each job.
            logger.LogError(ex, FailedMessage, minutes);
#pragma warning restore CA2254
        }
    }
}
