using MediatR;
using Microsoft.Extensions.DependencyInjection;
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
    : PeriodicJobService(scopes, time, logger, TimeSpan.FromSeconds(45))
{
    protected override int IntervalMinutes => options.Value.JobIntervalMinutes;

    protected override string OffMessage => "The coin expiry job is off (Coins:JobIntervalMinutes is {Minutes})";

    protected override string FailedMessage => "Coin expiry run failed; trying again in {Minutes} min";

    protected override Task RunAsync(IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new RunCoinExpiryCommand(Time.Today()) { Scheduled = true }, cancellationToken);
}

public static class CoinExpiryServiceExtensions
{
    /// <summary>The coin expiry job in the background (<c>Coins:JobIntervalMinutes</c>, 0 = off).</summary>
    public static IServiceCollection AddCoinExpiryJob(this IServiceCollection services) => services.AddHostedService<CoinExpiryService>();
}
