using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace TalentMatch.Benchmarks.Suites;

/// <summary>
/// One query per measured invocation (invocation count 1, unroll 1), each on the next query of a
/// fixed list: the statistics are the distribution of single-query latencies, so P50 and P99 are
/// per-query percentiles. In-process: the data sets are large and built once per case.
/// </summary>
public class LatencyConfig : ManualConfig
{
    public LatencyConfig()
        : this(warmups: 20, iterations: 200)
    {
    }

    protected LatencyConfig(int warmups, int iterations, TimeSpan? timeout = null)
    {
        AddJob(Job.Default
            .WithToolchain(timeout is { } limit ? new InProcessEmitToolchain(limit, logOutput: true) : InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Throughput)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithLaunchCount(1));
        AddColumn(StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddExporter(MarkdownExporter.GitHub);
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}

/// <summary>The same, with fewer queries: for the peers, whose single queries can take a second.</summary>
public sealed class PeerLatencyConfig() : LatencyConfig(warmups: 3, iterations: 30);

/// <summary>
/// Fewer requests, more time: for the in-process API pipeline over a 100,000-person read model,
/// where the forced full collection after each iteration walks a heap of several hundred MB.
/// </summary>
public sealed class PipelineLatencyConfig() : LatencyConfig(warmups: 10, iterations: 60, timeout: TimeSpan.FromMinutes(30));

/// <summary>A percentile of the single-query latencies.</summary>
public sealed class PercentileColumn(int percentile) : IColumn
{
    public string Id => $"P{percentile}";
    public string ColumnName => $"P{percentile}";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Statistics;
    public int PriorityInCategory => percentile;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Time;
    public string Legend => $"{percentile}th percentile of single-query latency";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        return statistics is null ? "-" : (statistics.Percentiles.Percentile(percentile) / 1_000_000.0).ToString("0.000 ms", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
