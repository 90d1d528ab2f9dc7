using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TalentMatch.Benchmarks.Data;
using TalentMatch.Infrastructure.Matching;
using TalentMatch.Infrastructure.Places;
using TalentMatch.Matching;

namespace TalentMatch.Benchmarks.Suites;

/// <summary>
/// Building the match index from SQLite the way the API does at start-up: the people loader's
/// bulk projections, then one upsert per person.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    private SqlitePopulation _database = null!;
    private EscoCatalogue _catalogue = null!;

    [Params(100_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = BenchmarkData.Catalogue();
        var population = BenchmarkData.Population(_catalogue);
        _database = SqlitePopulation.Create(_catalogue, population, BenchmarkData.People(_catalogue, population, People));
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [Benchmark(Description = "build index from SQLite")]
    public int BuildFromSqlite()
    {
        using var db = _database.CreateContext();
        var people = PeopleLoader.LoadAsync(db, null, PostcodeTable.Load(), CancellationToken.None).GetAwaiter().GetResult();
        var index = new MatchIndex(new CompetenceScorer(new MatchingOptions(), _catalogue.Taxonomy));
        foreach (var person in people)
        {
            index.Upsert(person);
        }

        return index.Count;
    }

    private sealed class InProcessConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public InProcessConfig()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5));
            AddExporter(BenchmarkDotNet.Exporters.MarkdownExporter.GitHub);
            WithOptions(BenchmarkDotNet.Configs.ConfigOptions.DisableOptimizationsValidator);
        }
    }
}
