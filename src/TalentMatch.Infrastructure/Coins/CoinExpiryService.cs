using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Coins;

namespace TalentMatch.Infrastructure.Coins;

/// <summary>
/// Runs the coin expiry job for today shortly after start-up and then every
/// <see cref="CoinsOptions.JobIntervalMinutes"/> (0 = off): it releases expired reservations, and
/// expires old coins only when <c>Coins:ExpiryMonths</c> is on. Runs are idempotent by their date,
/// so several instances may each run it. A failed run is logged and tried again at the next tick.
/// </summary>
public sealed class CoinExpiryService(IServiceScopeFactory scopes, IOptions<CoinsOptions> options, TimeProvider time, ILogger<CoinExpiryService> logger)
    : BackgroundService
{
    internal TimeSpan FirstRunDelay { get; init; } = TimeSpan.FromSeconds(45);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = options.Value.JobIntervalMinutes;
        if (minutes <= 0)
        {
            logger.LogInformation("The coin expiry job is off (Coins:JobIntervalMinutes is {Minutes})", minutes);
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
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RunCoinExpiryCommand(time.Today()) { Scheduled = true }, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Coin expiry run failed; trying again in {Minutes} min", options.Value.JobIntervalMinutes);
        }
    }
}

public static class CoinExpiryServiceExtensions
{
    /// <summary>The coin expiry job in the background (<c>Coins:JobIntervalMinutes</c>, 0 = off).</summary>
    public static IServiceCollection AddCoinExpiryJob(this IServiceCollection services) => services.AddHostedService<CoinExpiryService>();
}
