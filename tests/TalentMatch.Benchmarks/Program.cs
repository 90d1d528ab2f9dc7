using System.Globalization;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Running;
using TalentMatch.Benchmarks.Data;
using TalentMatch.Benchmarks.Evaluation;
using TalentMatch.Benchmarks.Load;
using TalentMatch.Benchmarks.Suites;
using TalentMatch.Matching;

// dotnet run -c Release --project tests/TalentMatch.Benchmarks -- <verb>
//   bench [BenchmarkDotNet args]   latency of the engine and its peers, index build (writes docs/benchmarks)
//   memory                         index memory per person at 10k, 100k, 1M
//   evaluate [--vacancies N] [--seed S] [--seeds K] [--regime NAME] [--set Option=Value] [--out PATH]
//                                  ranking quality against baselines per noise regime (writes docs/evaluation/quality.md)
//   occupation-search [--folds K] [--without-list] [--without-bridge] [--activities KIND] [--rankers product] [--misses N [--memory-misses]] [--out PATH]
//                                  Dutch job titles → ESCO occupations, labels only and with the title memory
//                                  cross-validated over K folds (writes docs/evaluation/occupation-search.md)
//   http-load [--people N] [--seconds S] [--connections 1,8,64] [--out PATH] [--check]
//                                  builds a SQLite database of N people, starts the Release API on loopback and drives
//                                  matches, profile reads and a mixed load (writes docs/benchmarks/http-load.md);
//                                  --check runs the fast self-checks of its parts instead
//   allocations [operations]       bytes allocated per ranked list in process, by type (sampled), for each stage of
//                                  RankedListPipelineBenchmarks: where the allocation target stands and goes (no report)
//   quick [people]                 a fast stopwatch check of vacancy top-20 latency, wall and thread CPU time, and what
//                                  the walk does per query over 2,000 vacancies: postings read, people measured (no report)
var verb = args.Length > 0 ? args[0] : "help";
var docs = Path.Combine(BenchmarkData.Root, "docs");
switch (verb)
{
    case "bench":
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args[1..]);
        var target = Directory.CreateDirectory(Path.Combine(docs, "benchmarks")).FullName;
        foreach (var summary in summaries)
        {
            var report = Directory.GetFiles(summary.ResultsDirectoryPath, "*-report-github.md").FirstOrDefault(f => f.Contains(summary.Title.Split('-')[0], StringComparison.Ordinal));
            if (report is not null)
            {
                var name = summary.BenchmarksCases.First().Descriptor.Type.Name;
                File.WriteAllText(Path.Combine(target, $"{name}.md"), $"# {name}\n\nRun {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Machine()}.\n\n{File.ReadAllText(report)}");
                Console.WriteLine($"wrote docs/benchmarks/{name}.md");
            }
        }

        return 0;
    case "memory":
        var table = MemoryMeasurement.Run([10_000, 100_000, 1_000_000]);
        Console.WriteLine(table);
        Directory.CreateDirectory(Path.Combine(docs, "benchmarks"));
        // The section on the API process below the marker is written by hand and kept.
        var memoryReport = Path.Combine(docs, "benchmarks", "memory.md");
        const string memoryNotesMarker = "<!-- written by hand below; the memory verb keeps it -->";
        var memoryNotes = LoadReport.NotesOf(File.Exists(memoryReport) ? File.ReadAllText(memoryReport) : null, memoryNotesMarker);
        File.WriteAllText(memoryReport, $"# Match index memory\n\nRetained managed memory after a full, compacting collection, people generated from ESCO (the same generator as the latency benchmarks). Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Machine()}.\n\n{table}{(memoryNotes is null ? "" : $"\n{memoryNotesMarker}{memoryNotes}")}");
        return 0;
    case "evaluate":
        return QualityCommand.Run(args[1..], docs, Machine());
    case "occupation-search":
        return await OccupationSearchEvaluation.RunAsync(args[1..]);
    case "allocations":
        var pipeline = new RankedListPipelineBenchmarks { People = 100_000 };
        pipeline.Setup();
        var operations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3_000;
        AllocationSampler.Report("vacancy top 20: index only", pipeline.IndexOnly, operations);
        AllocationSampler.Report("vacancy top 20: query", pipeline.Query, operations);
        AllocationSampler.Report("vacancy top 20: query + JSON", pipeline.QueryAndJson, operations);
        AllocationSampler.Report("the 20 summaries alone", pipeline.Summaries(200), operations);
        pipeline.Cleanup();
        return 0;
    case "http-load":
        return await HttpLoadCommand.RunAsync(args[1..], docs, Machine());
    case "quick":
        var quickCatalogue = BenchmarkData.Catalogue();
        var quickPopulation = BenchmarkData.Population(quickCatalogue);
        var quickSize = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var build = System.Diagnostics.Stopwatch.StartNew();
        var quickIndex = BenchmarkData.Index(quickCatalogue, BenchmarkData.People(quickCatalogue, quickPopulation, quickSize));
        Console.WriteLine($"generated and indexed {quickSize:N0} people in {build.Elapsed.TotalSeconds:0.0} s");
        var quickVacancies = BenchmarkData.Vacancies(quickCatalogue, quickPopulation, 300);
        var prepareTimes = quickVacancies.Select(v => { var sw = System.Diagnostics.Stopwatch.StartNew(); quickIndex.Scorer.Prepare(v); return sw.Elapsed.TotalMilliseconds; }).Skip(50).Order().ToList();
        Console.WriteLine($"prepare only: p50 {prepareTimes[prepareTimes.Count / 2]:0.000} ms");
        var engine = EngineLatency.Measure(quickIndex, quickVacancies);
        Console.WriteLine($"vacancy top 20: p50 {EngineLatency.Percentile(engine.SortedWall, 0.5):0.000} ms, p99 {EngineLatency.Percentile(engine.SortedWall, 0.99):0.000} ms, max {engine.SortedWall[^1]:0.000} ms");

        // CPU time of the querying thread: what a query costs when it does not wait for a core.
        Console.WriteLine($"vacancy top 20, thread CPU time: p50 {EngineLatency.Percentile(engine.SortedCpu, 0.5):0.000} ms, p99 {EngineLatency.Percentile(engine.SortedCpu, 0.99):0.000} ms");

        // What the walk does per query: counts, not times, so they do not depend on the machine's load.
        var preparedVacancies = BenchmarkData.Vacancies(quickCatalogue, quickPopulation, 2_000).Select(quickIndex.Scorer.Prepare).ToList();
        var perQuery = preparedVacancies.Select(vacancy =>
            {
                var before = quickIndex.Walks;
                quickIndex.TopCandidates(vacancy, new CandidateQuery(20));
                return quickIndex.Walks - before;
            })
            .ToList();
        var measured = perQuery.Select(w => (double)w.Measured).Order().ToList();
        Console.WriteLine(
            $"vacancy top 20 over {perQuery.Count:N0} vacancies, per query: postings read {perQuery.Average(w => w.Read):0.0}, people reached {perQuery.Average(w => w.Reached):0.0}, " +
            $"measured {measured.Average():0.0} (p50 {EngineLatency.Percentile(measured, 0.5):0}, p99 {EngineLatency.Percentile(measured, 0.99):0}), scored in full {perQuery.Average(w => w.Scored):0.0}");

        // The other direction: one person scored against 2,000 prepared vacancies, as the API does for open opportunities.
        var personTimes = BenchmarkData.People(quickCatalogue, quickPopulation, 60, seed: 99)
            .Select(person =>
            {
                var cpu = ThreadCpu.Milliseconds();
                var prepared = quickIndex.Scorer.Prepare(person);
                var top = preparedVacancies
                    .Select(v => (Vacancy: v, Rank: quickIndex.Scorer.Rank(v, prepared)))
                    .OrderByDescending(x => x.Rank.Score).ThenBy(x => x.Vacancy.Spec.Id)
                    .Take(20)
                    .Select(x => quickIndex.Scorer.Score(x.Vacancy, prepared))
                    .ToList();
                return ThreadCpu.Milliseconds() - cpu;
            })
            .Skip(10).Order().ToList();
        Console.WriteLine($"person top 20 of 2,000 vacancies, thread CPU time: p50 {personTimes[personTimes.Count / 2]:0.000} ms, max {personTimes[^1]:0.000} ms");
        return 0;
    case "expansion":
        var esco = BenchmarkData.Catalogue();
        var pop = BenchmarkData.Population(esco);
        var scorer = new CompetenceScorer(new MatchingOptions(), esco.Taxonomy);
        var sizes = BenchmarkData.Vacancies(esco, pop, 200)
            .Select(v => scorer.Prepare(v))
            .SelectMany(p => Enumerable.Range(0, p.Spec.Requirements.Count).Select(p.ExpansionOf))
            .Select(e => (Total: e.Count, Related: e.Count(x => x.Value.Via == MatchVia.Related)))
            .ToList();
        Console.WriteLine($"requirements {sizes.Count}; expansion mean {sizes.Average(s => s.Total):0.0}, max {sizes.Max(s => s.Total)}; related mean {sizes.Average(s => s.Related):0.0}");
        return 0;
    default:
        Console.WriteLine("verbs: bench [BenchmarkDotNet args] | memory | evaluate [options, see below] | occupation-search [--folds K] [--without-list] [--without-bridge] [--activities KIND] [--rankers product] [--misses N [--memory-misses]] [--out PATH] | http-load [--people N] [--seconds S] [--connections 1,8,64] [--out PATH] [--check] | allocations [operations] | quick [people] | expansion");
        Console.WriteLine(QualityCommand.Usage);
        return verb == "help" ? 0 : 1;
}

static string Machine() =>
    $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}";

/// <summary>The calling thread's CPU time (Linux), so a shared machine's waits for a core do not count.</summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    public static double Milliseconds() =>
        OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? (time.Seconds * 1e3) + (time.Nanoseconds / 1e6) : double.NaN;

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
