using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TalentMatch.Infrastructure.Notifications;

/// <summary>
/// Runs a dispatch pass every <c>Notifications:Email:IntervalSeconds</c> while e-mail delivery is
/// on. A failed pass is logged and the next one tries again; it never stops the host.
/// </summary>
internal sealed class NotificationDispatchService(IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider time, ILogger<NotificationDispatchService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogInformation("E-mail delivery of notifications is off (Notifications:Email:Enabled is false)");
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.IntervalSeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await DispatchAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task DispatchAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sent = await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().DispatchOnceAsync(stoppingToken);
            if (sent > 0)
            {
                logger.LogInformation("Sent {Count} notification e-mails", sent);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Notification dispatch failed; retrying in {Seconds} s", options.Value.IntervalSeconds);
        }
    }
}
