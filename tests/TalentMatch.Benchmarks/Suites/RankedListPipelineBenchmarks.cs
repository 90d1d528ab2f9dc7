using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentMatch.Application;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Features.Ranking;
using TalentMatch.Benchmarks.Data;
using TalentMatch.Benchmarks.Load;
using TalentMatch.Domain.Common;
using TalentMatch.Infrastructure;
using TalentMatch.Matching;

namespace TalentMatch.Benchmarks.Suites;

/// <summary>
/// A vacancy's ranked list in process, as the API serves it minus HTTP: a new request scope, the
/// MediatR query through its pipeline behaviours (validation, policy) and handler over the warm
/// match read model and the SQLite database of the load benchmark (100,000 people, 2,000 open
/// vacancies, the full ESCO catalogue), then the answer written as JSON with the API's options.
/// The allocated bytes per operation are what one match request costs the garbage collector.
/// </summary>
[Config(typeof(PipelineLatencyConfig))]
public class RankedListPipelineBenchmarks
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // As the API (WebSetup): enums as camelCase strings.
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        NumberHandling = JsonNumberHandling.Strict,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private IHost _host = null!;
    private string _database = null!;
    private List<Guid> _vacancies = null!;
    private MatchSnapshot _snapshot = null!;
    private int _next;

    [Params(100_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _database = LoadDatabase.CopyForRun(LoadDatabase.Ensure(People, Console.WriteLine));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production, DisableDefaults = true });
        builder.Configuration
            .AddJsonFile(Path.Combine(BenchmarkData.Root, "src", "TalentMatch.Api", "appsettings.json"))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:TalentMatch"] = $"Data Source={_database}" });
        builder.Services.AddApplication();
        builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
        builder.Services.AddScoped<ICurrentUser, Matchmaker>();
        builder.Services.AddScoped<IRequestRoute, MatchesRoute>();
        _host = builder.Build();
        _vacancies = LoadDatabase.OpenVacancies(_database);

        // The first query builds the read model (the index of every person), as the API's first
        // request would; one query per vacancy fills the label cache, as a server up for a while has it.
        foreach (var vacancy in _vacancies)
        {
            Send(vacancy);
        }

        _snapshot = _host.Services.GetRequiredService<IMatchReadModel>().CurrentAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.Dispose();
        LoadDatabase.Delete(_database);
    }

    /// <summary>
    /// The match index alone, on the read model's snapshot, for the opportunity as the read model
    /// holds it prepared (as the query uses it): what the rest of the pipeline is measured against.
    /// </summary>
    [Benchmark(Baseline = true, Description = "vacancy top 20: index only")]
    public int IndexOnly() => _snapshot.People.TopCandidates(_snapshot.OpenOpportunities[_vacancies[_next++ % _vacancies.Count]].Prepared, new CandidateQuery(20)).Items.Count;

    [Benchmark(Description = "vacancy top 20: query")]
    public int Query() => Send(_vacancies[_next++ % _vacancies.Count]).Items.Count;

    [Benchmark(Description = "vacancy top 20: query + JSON")]
    public int QueryAndJson()
    {
        var answer = Send(_vacancies[_next++ % _vacancies.Count]);
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        JsonSerializer.Serialize(writer, answer, Json);
        return _buffer.WrittenCount;
    }

    /// <summary>
    /// The summaries of a ranked list alone (20 sentences in Dutch), on lists the engine ranked
    /// beforehand: what the sentence costs apart from the rest of the query.
    /// </summary>
    public Func<int> Summaries(int lists)
    {
        var ranked = new List<Ranked<MatchPerson>>(lists);
        for (var i = 0; i < lists; i++)
        {
            using var scope = _host.Services.CreateScope();
            var engine = scope.ServiceProvider.GetRequiredService<IMatchEngine>();
            var open = _snapshot.OpenOpportunities[_vacancies[_next++ % _vacancies.Count]];
            ranked.Add(engine.RankCandidatesAsync(open.Spec, new MatchFilter(20, null, false, null), "nl", CancellationToken.None).GetAwaiter().GetResult());
        }

        var next = 0;
        return () =>
        {
            var list = ranked[next++ % ranked.Count];
            var length = 0;
            foreach (var (_, result) in list.Items)
            {
                length += MatchSummary.Sentence(result, list.Labels).Length;
            }

            return length;
        };
    }

    private CandidateMatchListDto Send(Guid vacancy)
    {
        using var scope = _host.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new CandidateMatchesQuery(OpportunityKind.Job, vacancy, Limit: 20))
            .GetAwaiter().GetResult();
    }

    /// <summary>A signed-in matchmaker reading in Dutch.</summary>
    private sealed class Matchmaker : ICurrentUser
    {
        public Guid? UserId { get; } = Guid.CreateVersion7();
        public Guid? OrganisationId => null;
        public string Language => "nl";
        public bool IsInRole(string role) => role == Roles.Matchmaker;
    }

    private sealed class MatchesRoute : IRequestRoute
    {
        public string Current => "GET /api/v1/vacancies/{id:guid}/matches";
    }
}
