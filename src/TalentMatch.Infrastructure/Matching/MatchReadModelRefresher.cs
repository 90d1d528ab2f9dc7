using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;

namespace TalentMatch.Infrastructure.Matching;

/// <summary>How the match read model is kept warm (`MatchIndex:*`).</summary>
public sealed class MatchIndexOptions
{
    public const string SectionName = "MatchIndex";

    /// <summary>Seconds between change-feed polls; 0 turns warm-up and polling off (queries still catch up).</summary>
    public int RefreshSeconds { get; set; } = 5;
}

/// <summary>
/// Builds the match read model at start-up, so the first match request does not pay for the
/// build, then applies the change feed every few seconds, so a query's own catch-up stays small.
/// A failure is logged and retried on the next tick; it never stops the host.
/// </summary>
public sealed class MatchReadModelRefresher(IMatchReadModel readModel, IOptions<MatchIndexOptions> options, TimeProvider time, ILogger<MatchReadModelRefresher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.RefreshSeconds;
        if (seconds <= 0)
        {
            logger.LogInformation("Match index refresh is off (MatchIndex:RefreshSeconds is {Seconds})", seconds);
            return;
        }

        // Let the host finish starting before the build.
        await Task.Yield();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        var warm = false;
        try
        {
            do
            {
                warm = await RefreshAsync(warm, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task<bool> RefreshAsync(bool warm, CancellationToken stoppingToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            if (!warm)
            {
                logger.LogInformation("Match index warm-up started");
            }

            var snapshot = await readModel.RefreshAsync(stoppingToken);
            if (!warm)
            {
                logger.LogInformation(
                    "Match index warm in {Elapsed:0.00} s: {People} people, {Opportunities} open opportunities (change sequence {Sequence})",
                    watch.Elapsed.TotalSeconds,
                    snapshot.People.Count,
                    snapshot.OpenOpportunities.Count,
                    snapshot.Sequence);
            }

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Match index refresh failed; retrying in {Seconds} s", options.Value.RefreshSeconds);
            return warm;
        }
    }
}
