using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TalentMatch.Application.Abstractions;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Health;

/// <summary>
/// Ready to take traffic: the database answers, every migration is applied, and the match index
/// is built (until then a ranked list would wait for the build).
/// </summary>
public sealed class ReadinessCheck(IServiceScopeFactory scopes, IMatchReadModel readModel) : IHealthCheck
{
    public const string Tag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        if (pending > 0)
        {
            return HealthCheckResult.Unhealthy($"{pending} migration(s) not applied yet.");
        }

        return readModel.IsWarm
            ? HealthCheckResult.Healthy("Database migrated, match index warm.")
            : HealthCheckResult.Unhealthy("The match index is still being built.");
    }
}
