using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using TalentMatch.Application.Features.Ranking;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;
using static TalentMatch.FunctionalTests.Infrastructure.MatchingTestData;

namespace TalentMatch.FunctionalTests.Api;

/// <summary>Probes, telemetry and the request id an operator quotes.</summary>
public sealed class OperationsTests : FunctionalTest
{
    [TestCase("/health")]
    [TestCase("/health/live")]
    public async Task Liveness_Anonymous_Returns200(string path)
    {
        using var anonymous = Testing.Anonymous();
        var response = await anonymous.GetAsync(path);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("status").GetString().ShouldBe("healthy");
    }

    [Test]
    public async Task Readiness_UntilTheMatchIndexIsBuilt_Returns503ThenReady()
    {
        // The test host builds the index on the first query (no background warm-up); a reset forgets it.
        using var anonymous = Testing.Anonymous();
        var unready = await (await anonymous.GetAsync("/health/ready")).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        unready.GetProperty("detail").GetString()!.ShouldContain("match index");

        var (a, _, _) = await ThreeUnrelatedCompetencesAsync();
        var vacancy = await CreateVacancyAsync(await CreateOrganisationAsync(), OpportunityStatus.Open, [Required(a)]);
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);
        await (await matchmaker.GetAsync($"/api/v1/vacancies/{vacancy}/matches")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var after = await anonymous.GetAsync("/health/ready");
        await after.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await after.JsonAsync()).GetProperty("status").GetString().ShouldBe("ready");
    }

    [Test]
    public async Task AProblem_CarriesTheRequestsTraceId()
    {
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);

        var problem = await (await matchmaker.GetAsync($"/api/v1/vacancies/{Guid.NewGuid()}/matches")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // A W3C trace id: 32 hex digits, the id of the request's spans in the trace collector.
        problem.GetProperty("traceId").GetString()!.ShouldMatch("^[0-9a-f]{32}$");
    }

    [Test]
    public async Task AMatchQuery_IsTracedAndRecordsTheIndexQueryTime()
    {
        Testing.Factory.Services.GetService<TracerProvider>().ShouldNotBeNull();
        var recorded = new List<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == MatchMetrics.MeterName && instrument.Name == "talentmatch.match_index.query.duration")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            lock (recorded)
            {
                recorded.Add(value);
            }
        });
        listener.Start();
        var (a, _, _) = await ThreeUnrelatedCompetencesAsync();
        var vacancy = await CreateVacancyAsync(await CreateOrganisationAsync(), OpportunityStatus.Open, [Required(a)]);
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);

        await (await matchmaker.GetAsync($"/api/v1/vacancies/{vacancy}/matches")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        lock (recorded)
        {
            recorded.ShouldNotBeEmpty();
            recorded.ShouldAllBe(ms => ms >= 0);
        }
    }
}
