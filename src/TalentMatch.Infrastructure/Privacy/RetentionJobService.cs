using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Privacy;

namespace TalentMatch.Infrastructure.Privacy;

/// <summary>
/// Runs the retention job (old change-feed rows, read notifications) shortly after start-up and
/// then every <see cref="RetentionOptions.JobIntervalMinutes"/> (0 = off). Runs are idempotent,
/// so several instances may each run it.
/// </summary>
public sealed class RetentionJobService(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionJobService> logger)
    : PeriodicJobService(scopes, time, logger, TimeSpan.FromMinutes(1))
{
    protected override int IntervalMinutes => options.Value.JobIntervalMinutes;

    protected override string OffMessage => "The retention job is off (Retention:JobIntervalMinutes is {Minutes})";

    protected override string FailedMessage => "Retention run failed; trying again in {Minutes} min";

    // The command logs what it deleted.
    protected override Task RunAsync(IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new RunRetentionCommand(), cancellationToken);
}

public static class PrivacyServiceExtensions
{
    /// <summary>The access log (queued, written in batches) and its settings (<c>AccessLog:*</c>).</summary>
    public static IServiceCollection AddAccessLog(this IServiceCollection services)
    {
        services.AddOptions<AccessLogOptions>().BindConfiguration(AccessLogOptions.SectionName).ValidateWith(o => o.Validate()).ValidateOnStart();
        services.AddSingleton<AccessLogWriter>();
        services.AddSingleton<IAccessLog>(p => p.GetRequiredService<AccessLogWriter>());
        return services;
    }

    /// <summary>Writes the access log in the background and the retention job (<c>Retention:JobIntervalMinutes</c>, 0 = off).</summary>
    public static IServiceCollection AddPrivacyJobs(this IServiceCollection services)
    {
        services.AddHostedService(p => p.GetRequiredService<AccessLogWriter>());
        services.AddHostedService<RetentionJobService>();
        return services;
    }
}
