using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TalentMatch.Infrastructure.Health;

namespace TalentMatch.Api.Endpoints;

/// <summary>What a probe reads: the status, and why when not ready.</summary>
internal sealed record HealthDto(string Status, string? Detail);

/// <summary><c>/health</c>, <c>/health/live</c> and <c>/health/ready</c>: probes for an orchestrator, anonymous.</summary>
internal static class HealthEndpoints
{
    public static void MapHealthApi(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/health").WithTags("Health").AllowAnonymous();
        health.MapGet("", Live).WithName("Health").WithSummary("Liveness check").WithDescription("200 while the process serves requests (as /health/live).");
        health.MapGet("/live", Live)
            .WithName("Live")
            .WithSummary("Liveness probe")
            .WithDescription("200 while the process serves requests; restart the instance when it fails.");
        health.MapGet("/ready", Ready)
            .WithName("Ready")
            .WithSummary("Readiness probe")
            .WithDescription("200 when the database answers, every migration is applied and the match index is built; until then 503, a problem whose detail says why.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static Ok<HealthDto> Live() => TypedResults.Ok(new HealthDto("healthy", null));

    private static async Task<Results<Ok<HealthDto>, ProblemHttpResult>> Ready(HealthCheckService checks, CancellationToken ct)
    {
        var report = await checks.CheckHealthAsync(c => c.Tags.Contains(ReadinessCheck.Tag), ct);
        var detail = string.Join(" ", report.Entries.Values.Select(e => e.Description ?? e.Exception?.Message).OfType<string>());
        return report.Status == HealthStatus.Healthy
            ? TypedResults.Ok(new HealthDto("ready", detail))
            : TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
