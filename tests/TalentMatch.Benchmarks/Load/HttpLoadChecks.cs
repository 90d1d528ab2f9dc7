using System.Diagnostics;
using TalentMatch.Benchmarks.Data;
using TalentMatch.Benchmarks.Suites;

namespace TalentMatch.Benchmarks.Load;

/// <summary>
/// <c>http-load --check</c>: the parts of the load verb that run in a second (the /proc readers,
/// percentiles, verdicts, the report), checked against known answers. Exit code 1 on a failure.
/// </summary>
public static class HttpLoadChecks
{
    public static int Run()
    {
        var failures = new List<string>();
        void Check(string what, bool ok)
        {
            Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
            if (!ok)
            {
                failures.Add(what);
            }
        }

        // A process name may hold spaces and parentheses: fields count from the last ')'.
        const string stat = "4242 (dotnet (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 30 0 100 0";
        Check("utime + stime of /proc/<pid>/stat, in ms", ProcReaders.ParseCpuMilliseconds(stat) == 3_000);
        Check("VmHWM of /proc/<pid>/status, in kB", ProcReaders.ParseStatusKilobytes("Name:\tdotnet\nVmHWM:\t  123456 kB\nVmRSS:\t  100000 kB\n", "VmHWM") == 123_456);
        Check("load average of /proc/loadavg", ProcReaders.ParseLoadAverage("3.12 2.50 1.05 4/1234 5678\n") == (3.12, 2.50, 1.05));

        var pid = Environment.ProcessId;
        var cpuBefore = ProcReaders.CpuMilliseconds(pid);
        var spin = Stopwatch.StartNew();
        var sink = 0.0;
        while (spin.ElapsedMilliseconds < 300)
        {
            sink += Math.Sqrt(spin.ElapsedTicks);
        }

        Check($"this process's CPU time grows while it spins ({ProcReaders.CpuMilliseconds(pid) - cpuBefore:0} ms in 300 ms, {sink > 0})", ProcReaders.CpuMilliseconds(pid) - cpuBefore > 0);
        var rss = ProcReaders.RssBytes(pid);
        Check($"this process's peak RSS ({ProcReaders.PeakRssBytes(pid) / 1024 / 1024} MB) ≥ its RSS ({rss / 1024 / 1024} MB) > 0", rss > 0 && ProcReaders.PeakRssBytes(pid) >= rss);
        Check("the machine's load average is read", ProcReaders.LoadAverage().One >= 0);

        var hundred = Enumerable.Range(1, 100).Select(i => (double)i).ToList();
        Check("percentiles by nearest rank", EngineLatency.Percentile(hundred, 0.5) == 50 && EngineLatency.Percentile(hundred, 0.9) == 90 && EngineLatency.Percentile(hundred, 0.99) == 99 && EngineLatency.Percentile([7.0], 0.99) == 7);
        Check("no percentile of nothing", double.IsNaN(EngineLatency.Percentile([], 0.5)));

        Check("a rate above its floor is met", LoadReport.Verdict(1_900, 1_800, atLeast: true) == "met");
        Check("a rate below its floor is missed by how much", LoadReport.Verdict(1_350, 1_800, atLeast: true) == "**missed** by 450 (25%)");
        Check("a time above its ceiling is missed by how much", LoadReport.Verdict(1.5, 1.0, atLeast: false) == "**missed** by 0.5 (50%)");

        var dockerfile = File.ReadAllText(Path.Combine(BenchmarkData.Root, "deploy", "Dockerfile"));
        Check("the API gets deploy/Dockerfile's GC settings", ApiServer.ContainerGcSettings(dockerfile).Count > 0 && ApiServer.ContainerGcSettings("ENV DOTNET_GCConserveMemory=5 \\\n") is { Count: 1 } one && one["DOTNET_GCConserveMemory"] == "5");

        Check("the machine's busy and total ticks from /proc/stat", ProcReaders.ParseMachineCpuTicks("cpu  100 5 50 800 20 3 2 0 0 0\ncpu0 50 2 25 400 10 1 1 0 0 0\n") == (160, 980));
        var machineBefore = ProcReaders.MachineCpuTicks();
        Check("the machine's CPU ticks are read", machineBefore.Total > 0 && machineBefore.Busy <= machineBefore.Total);

        var run = new LoadRun(LoadMix.Matches, 8, 10, hundred, 2, "GET x: 500", 510, 102, 0.75, 600L * 1024 * 1024, (1, 1, 1), (2, 2, 2));
        Check("a run's rate, CPU per request and row", run.RequestsPerSecond == 10.2 && run.CpuPerRequest == 5 && run.ClientCpuPerRequest == 1 && LoadReport.Row(run) == "| matches | 8 | 10.0 | 102 | 2 | 10 | 50.00 ms | 90.00 ms | 99.00 ms | 5.00 ms | 1.00 ms | 75% | 600 MB | 1.0 / 1.0 / 1.0 → 2.0 / 2.0 / 2.0 |");
        Check("what two cores allow at that cost", LoadReport.CoresAllow(run).Contains("fit at most 333 req/s", StringComparison.Ordinal) && LoadReport.CoresAllow(run).Contains("≤ 1.11 ms", StringComparison.Ordinal));
        var report = new LoadReport("cmd", "machine", DateTime.UnixEpoch, 1_000, 50, new Dictionary<string, string>(), new EngineLatency([1.0], [1.0]), 1, 800L * 1024 * 1024, (1, 1, 1), (1, 1, 1), [run]);
        var markdown = report.ToMarkdown("kept notes");
        Check("the report marks the targets and keeps the notes", markdown.Contains("| server CPU per match request ≤ 1.0 ms (matches, 8 connections) | 5.00 ms | **missed** by 4 (400%) |", StringComparison.Ordinal)
            && markdown.Contains("| peak RSS under sustained load < 700 MB | 600 MB under load (800 MB VmHWM with start-up) | met |", StringComparison.Ordinal)
            && LoadReport.NotesOf(markdown)?.Trim() == "kept notes");

        Console.WriteLine(failures.Count == 0 ? "all checks passed" : $"{failures.Count} check(s) failed");
        return failures.Count == 0 ? 0 : 1;
    }
}
