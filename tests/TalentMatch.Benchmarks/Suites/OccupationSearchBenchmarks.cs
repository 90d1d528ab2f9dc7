using BenchmarkDotNet.Attributes;
using TalentMatch.Benchmarks.Data;
using TalentMatch.Matching.OccupationSearch;

namespace TalentMatch.Benchmarks.Suites;

/// <summary>
/// Latency of one occupation search (top 10) over the full ESCO catalogue (3,007 occupations,
/// every English and Dutch label, and the English labels of each occupation's essential skills), as <c>GET /api/v1/occupations?q=</c> runs it: labels only, and
/// with the title memory seeded as the product seeds it (the 2,508 expert-mapped titles). Each
/// invocation searches the next title of the Dutch job-title set, so P99 is over real titles.
/// Target: P99 at most 20 ms with the title memory (ordered by the product's boosted trees; the
/// linear ranker, its fallback, beside it).
/// </summary>
[Config(typeof(LatencyConfig))]
public class OccupationSearchBenchmarks
{
    private OccupationSearchIndex _index = null!;
    private TitleMemoryIndex _memory = null!;
    private string[] _queries = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var (ids, rows, groups) = OccupationSearchData.Labels();
        var titles = OccupationSearchData.Titles(Path.Combine(BenchmarkData.Root, "..", "shared", "data", "esco-nl", "jobtitles-nl-dev.tsv"), ids);
        var activities = OccupationSearchData.Activities("skills", ids, Path.Combine(BenchmarkData.Root, "..", "shared", "data", "esco", "esco-v1.1.1-classification-en-csv.zip"));
        _index = new OccupationSearchIndex(rows, OccupationSynonyms.Default, groups: groups, activities: activities);
        _memory = new TitleMemoryIndex(_index, titles.SelectMany(t => t.Relevant.Select(r => new RememberedTitle(r, t.Text))));

        // A fixed shuffle, so consecutive invocations are not alphabetical neighbours.
        _queries = [.. titles.Select(t => t.Text)];
        new Random(20261205).Shuffle(_queries);
    }

    [Benchmark(Baseline = true, Description = "labels only")]
    public int LabelsOnly() => _index.Search(Next(), 10, null).Count;

    [Benchmark(Description = "labels + title memory")]
    public int WithTitleMemory() => _index.Search(Next(), 10, _memory).Count;

    [Benchmark(Description = "labels + title memory, linear ranker")]
    public int WithLinearRanker() => _index.Search(Next(), 10, _memory, OccupationRanker.Default).Count;

    private string Next() => _queries[_next++ % _queries.Length];
}
