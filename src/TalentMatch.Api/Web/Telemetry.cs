using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TalentMatch.Application.Features.Ranking;

namespace TalentMatch.Api.Web;

/// <summary>
/// OpenTelemetry traces (ASP.NET Core, EF Core) and metrics (ASP.NET Core, the .NET runtime, the
/// match index's own). Nothing leaves the process unless <c>Telemetry:OtlpEndpoint</c> names an
/// OTLP collector (gRPC, e.g. http://collector:4317).
/// </summary>
internal static class Telemetry
{
    public static void AddTalentMatchTelemetry(this WebApplicationBuilder builder)
    {
        var endpoint = builder.Configuration["Telemetry:OtlpEndpoint"] is { Length: > 0 } configured ? new Uri(configured) : null;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("talentmatch-api"))
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation().AddEntityFrameworkCoreInstrumentation();
                if (endpoint is null)
                {
                    // Spans nobody exports are not worth building: without a collector no request
                    // or database command starts one.
                    t.SetSampler(new AlwaysOffSampler());
                }
            })
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddMeter("System.Runtime", MatchMetrics.MeterName));
        if (endpoint is not null)
        {
            telemetry.UseOtlpExporter(OtlpExportProtocol.Grpc, endpoint);
        }
    }
}
