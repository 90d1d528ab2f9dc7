using System.Globalization;
using System.Net.Http.Json;
using TalentMatch.Benchmarks.Data;
using TalentMatch.Benchmarks.Suites;
using TalentMatch.Domain.Common;

namespace TalentMatch.Benchmarks.Load;

/// <summary>
/// <c>http-load</c>: the API under load at city scale (issue 15). Builds (or reuses) the database,
/// measures the engine in process on the same data, starts the Release API, drives the three
/// loads at each connection count and writes docs/benchmarks/http-load.md.
/// </summary>
public static class HttpLoadCommand
{
    public const string Usage = "http-load [--people N (100000)] [--seconds S (15)] [--connections 1,8,64] [--out PATH] [--check]";

    /// <summary>The loader's own matchmaker, created through the bootstrap admin on each run's fresh copy.</summary>
    private const string MatchmakerEmail = "matchmaker@load.talentmatch.local";
    private const string MatchmakerPassword = "Load-Matchmaker-2026";

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(string[] args, string docs, string machine)
    {
        if (args.Contains("--check"))
        {
            return HttpLoadChecks.Run();
        }

        var people = Option(args, "--people", 100_000);
        var seconds = Option(args, "--seconds", 15);
        var connections = (Value(args, "--connections") ?? "1,8,64").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        var output = Value(args, "--out") ?? Path.Combine(docs, "benchmarks", "http-load.md");
        if (!OperatingSystem.IsLinux())
        {
            Console.WriteLine("http-load reads server CPU and memory from /proc: it runs on Linux only.");
            return 1;
        }

        if (!File.Exists(Path.Combine(BenchmarkData.SharedData, "esco", "esco-v1.1.1-classification-en-csv.zip")))
        {
            Console.WriteLine($"http-load needs the full ESCO catalogue in {Path.Combine(BenchmarkData.SharedData, "esco")}; it is not there, so nothing was measured.");
            return 1;
        }

        var started = DateTime.UtcNow;
        var loadAtStart = ProcReaders.LoadAverage();
        static void Log(string message) => Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");

        var cached = LoadDatabase.Ensure(people, Log);
        var engine = MeasureEngine(people);

        // The index is not needed while the API runs: give its memory back.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        Log($"engine in process: p50 {EngineLatency.Percentile(engine.SortedWall, 0.5):0.000} ms, p99 {EngineLatency.Percentile(engine.SortedWall, 0.99):0.000} ms");

        var dll = ApiServer.Publish(Log);
        var database = LoadDatabase.CopyForRun(cached);
        var runs = new List<LoadRun>();
        long readyRss;
        long peakRss;
        try
        {
            using (var server = await ApiServer.StartAsync(dll, database, Log))
            {
                readyRss = ProcReaders.RssBytes(server.Pid);
                Log($"ready: {readyRss / 1024 / 1024} MB resident");
                var token = await MatchmakerTokenAsync(server.Address);
                var vacancies = LoadDatabase.OpenVacancies(database);
                var profiles = Enumerable.Range(0, 2_000).Select(i => EscoCatalogue.DeterministicGuid(2, (int)((long)i * people / 2_000))).ToList();
                var driver = new LoadDriver(server.Address, token, vacancies, profiles, server.Pid);
                var priming = System.Diagnostics.Stopwatch.StartNew();
                var primingErrors = await driver.PrimeAsync(8);
                Log($"primed: every vacancy's matches and {profiles.Count / 2:N0} profiles read once in {priming.Elapsed.TotalSeconds:0} s ({primingErrors} errors)");
                foreach (var mix in Enum.GetValues<LoadMix>())
                {
                    foreach (var count in connections)
                    {
                        var run = await driver.RunAsync(mix, count, WarmUp, TimeSpan.FromSeconds(seconds));
                        Log(LoadReport.Row(run));
                        runs.Add(run);
                    }
                }

                peakRss = ProcReaders.PeakRssBytes(server.Pid);
            }
        }
        finally
        {
            LoadDatabase.Delete(database);
        }

        var report = new LoadReport(
            $"dotnet run -c Release --project tests/TalentMatch.Benchmarks -- http-load --people {people} --seconds {seconds} --connections {string.Join(',', connections)}",
            machine,
            started,
            people,
            LoadDatabase.VacanciesFor(people),
            ApiServer.ContainerGcSettings(File.ReadAllText(Path.Combine(BenchmarkData.Root, "deploy", "Dockerfile"))),
            engine,
            readyRss,
            peakRss,
            loadAtStart,
            ProcReaders.LoadAverage(),
            runs);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        var earlier = File.Exists(output) ? await File.ReadAllTextAsync(output) : null;
        await File.WriteAllTextAsync(output, report.ToMarkdown(LoadReport.NotesOf(earlier)));
        Log($"wrote {output}");
        return 0;
    }

    /// <summary>The match index built in process from the same generated people, queried over the same vacancies.</summary>
    private static EngineLatency MeasureEngine(int people)
    {
        var catalogue = BenchmarkData.Catalogue();
        var population = BenchmarkData.Population(catalogue);
        var index = BenchmarkData.Index(catalogue, BenchmarkData.People(catalogue, population, people));
        return EngineLatency.Measure(index, BenchmarkData.Vacancies(catalogue, population, LoadDatabase.VacanciesFor(people)));
    }

    private static async Task<string> MatchmakerTokenAsync(Uri address)
    {
        using var client = LoadDriver.Client(address, null);
        var admin = await LoadDriver.SignInAsync(client, ApiServer.AdminEmail, ApiServer.AdminPassword);
        using (var adminClient = LoadDriver.Client(address, admin))
        {
            using var created = await adminClient.PostAsJsonAsync("/api/v1/users", new { email = MatchmakerEmail, password = MatchmakerPassword, role = Roles.Matchmaker });
            created.EnsureSuccessStatusCode();
        }

        return await LoadDriver.SignInAsync(client, MatchmakerEmail, MatchmakerPassword);
    }

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int Option(string[] args, string name, int fallback) =>
        Value(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
