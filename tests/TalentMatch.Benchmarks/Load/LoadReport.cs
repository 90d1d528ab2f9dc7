using System.Globalization;
using System.Text;
using TalentMatch.Benchmarks.Suites;

namespace TalentMatch.Benchmarks.Load;

/// <summary>What one http-load run measured, and how it reads in docs/benchmarks/http-load.md.</summary>
public sealed record LoadReport(
    string Command,
    string Machine,
    DateTime StartedUtc,
    int People,
    int Vacancies,
    IReadOnlyDictionary<string, string> GcSettings,
    EngineLatency Engine,
    long ReadyRss,
    long PeakRss,
    (double One, double Five, double Fifteen) LoadAtStart,
    (double One, double Five, double Fifteen) LoadAtEnd,
    IReadOnlyList<LoadRun> Runs)
{
    /// <summary>Text below this line in the report is written by hand and kept when the verb rewrites the file.</summary>
    public const string NotesMarker = "<!-- written by hand below; http-load keeps it -->";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public string ToMarkdown(string? keptNotes)
    {
        var text = new StringBuilder();
        text.AppendLine("# Matches through the HTTP API under load");
        text.AppendLine();
        text.AppendLine(Invariant, $"```bash\n{Command}\n```");
        text.AppendLine();
        text.AppendLine(Invariant, $"Run {StartedUtc:yyyy-MM-dd HH:mm} UTC on {Machine}. Client and server share the machine (loopback).");
        text.AppendLine(Invariant, $"Data: {People:N0} generated people, {Vacancies:N0} open vacancies, the full ESCO catalogue, in SQLite built with the real migrations.");
        text.AppendLine(Invariant, $"API: Release publish started with `dotnet`, Production environment, no demo data, logging at Warning, {(GcSettings.Count == 0 ? "default GC settings" : string.Join(", ", GcSettings.Select(g => $"`{g.Key}={g.Value}`")))} (as deploy/Dockerfile), workstation concurrent GC (the project's setting).");
        text.AppendLine("Client: one HttpClient (SocketsHttpHandler, one TCP connection) per connection, closed loop, accepting gzip and Brotli; a warm-up before each measured run. Before the first run every vacancy's matches are asked and every profile read once, so the label cache holds what the answers name, as on a server that has been up for a while.");
        text.AppendLine();
        text.AppendLine(Invariant, $"**Machine load** (load average over 1 / 5 / 15 minutes, 2 cores): {Load(LoadAtStart)} at the start, {Load(LoadAtEnd)} at the end.{(LoadAtStart.One > 2.5 ? " Other work was running on the machine when this run started: every figure below includes waiting for a core." : " The client and the server themselves raise the load during the run.")}");
        text.AppendLine();
        text.AppendLine("## The engine in process (same data, same run)");
        text.AppendLine();
        text.AppendLine("A vacancy's top 20 from the match index built from the same people, over the same vacancies, one at a time after a warm-up round.");
        text.AppendLine();
        text.AppendLine("| queries | p50 | p90 | p99 | thread CPU p50 |");
        text.AppendLine("|---|---|---|---|---|");
        text.AppendLine(Invariant, $"| {Engine.SortedWall.Count:N0} | {Ms(EnginePercentile(0.5))} | {Ms(EngineLatency.Percentile(Engine.SortedWall, 0.9))} | {Ms(EngineLatency.Percentile(Engine.SortedWall, 0.99))} | {Ms(EngineLatency.Percentile(Engine.SortedCpu, 0.5))} |");
        text.AppendLine();
        text.AppendLine("## Over HTTP");
        text.AppendLine();
        text.AppendLine("matches: `GET /api/v1/vacancies/{id}/matches?limit=20` rotating over the open vacancies; profile reads: `GET /api/v1/profiles/{id}` rotating over 1,000 people; mixed: 80% matches, 15% profile reads, 5% profile updates (`PUT` with `If-Match`, each connection editing its own profiles). Server CPU is the API process's user + system time (/proc/&lt;pid&gt;/stat) over the measured seconds, divided by the requests; client CPU the same for the load driver's own process; machine busy the share of both cores' time not idle (/proc/stat); peak RSS is the highest VmRSS sampled every 100 ms in the run.");
        text.AppendLine();
        text.AppendLine("| load | connections | seconds | requests | errors | req/s | p50 | p90 | p99 | server CPU / request | client CPU / request | machine busy | peak RSS | load average before → after |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var run in Runs)
        {
            text.AppendLine(Row(run));
        }

        text.AppendLine();
        text.AppendLine(Invariant, $"API memory (MB = 2^20 bytes): {Mb(ReadyRss)} resident when ready (index built), peak {Mb(PeakRss)} over the whole run (VmHWM, start-up included).");
        foreach (var error in Runs.Where(r => r.FirstError is not null))
        {
            text.AppendLine(Invariant, $"\nFirst error, {Name(error.Mix)} at {error.Connections}: `{error.FirstError}`");
        }

        text.AppendLine();
        text.AppendLine("## Against the targets of issue 15");
        text.AppendLine();
        text.AppendLine("| target | measured | |");
        text.AppendLine("|---|---|---|");
        foreach (var (target, measured, verdict) in Targets())
        {
            text.AppendLine(Invariant, $"| {target} | {measured} | {verdict} |");
        }

        if (Find(LoadMix.Matches, 8) is { } matches8)
        {
            text.AppendLine();
            text.AppendLine(CoresAllow(matches8));
        }

        text.AppendLine();
        text.AppendLine(NotesMarker);
        if (!string.IsNullOrWhiteSpace(keptNotes))
        {
            text.AppendLine(keptNotes.Trim());
        }

        return text.ToString();
    }

    /// <summary>The hand-written part of an earlier report (after <paramref name="marker"/>, by default <see cref="NotesMarker"/>), or null.</summary>
    public static string? NotesOf(string? earlier, string marker = NotesMarker)
    {
        var at = earlier?.IndexOf(marker, StringComparison.Ordinal) ?? -1;
        return at < 0 ? null : earlier![(at + marker.Length)..];
    }

    public static string Row(LoadRun run) =>
        string.Create(Invariant, $"| {Name(run.Mix)} | {run.Connections} | {run.Seconds:0.0} | {run.Requests:N0} | {run.Errors} | {run.RequestsPerSecond:N0} | {Ms(EngineLatency.Percentile(run.SortedLatencies, 0.5))} | {Ms(EngineLatency.Percentile(run.SortedLatencies, 0.9))} | {Ms(EngineLatency.Percentile(run.SortedLatencies, 0.99))} | {Ms(run.CpuPerRequest)} | {Ms(run.ClientCpuPerRequest)} | {100 * run.MachineBusyShare:0}% | {Mb(run.PeakRssDuringRun)} | {Load(run.LoadBefore)} → {Load(run.LoadAfter)} |");

    /// <summary>
    /// What the machine's cores allow of a load at most when the client shares them: every
    /// request costs the server's CPU and the client's, and no core can be busier than all the time.
    /// </summary>
    public static string CoresAllow(LoadRun run, int cores = 2)
    {
        var perRequest = run.CpuPerRequest + run.ClientCpuPerRequest;
        return string.Create(
            Invariant,
            $"**What {cores} cores allow**: {Name(run.Mix)} at {run.Connections} connections cost {Ms(run.CpuPerRequest)} of server CPU and {Ms(run.ClientCpuPerRequest)} of client CPU per request, with the machine {100 * run.MachineBusyShare:0}% busy; at that cost {cores} cores fit at most {cores * 1000 / perRequest:N0} req/s, and 1,800 req/s needs server + client CPU ≤ {cores * 1000 / 1800.0:0.00} ms per request.");
    }

    /// <summary>"met", or "missed by" how much, for a measured value against a limit.</summary>
    public static string Verdict(double measured, double limit, bool atLeast)
    {
        if (double.IsNaN(measured))
        {
            return "not measured";
        }

        var met = atLeast ? measured >= limit : measured <= limit;
        if (met)
        {
            return "met";
        }

        var gap = Math.Abs(measured - limit);
        return string.Create(Invariant, $"**missed** by {gap:#,0.##} ({100 * gap / limit:0}%)");
    }

    private IEnumerable<(string Target, string Measured, string Verdict)> Targets()
    {
        var matches8 = Find(LoadMix.Matches, 8);
        var matches1 = Find(LoadMix.Matches, 1);
        var mixed8 = Find(LoadMix.Mixed, 8);
        var mixed = Runs.Where(r => r.Mix == LoadMix.Mixed).ToList();

        var cpu = matches8?.CpuPerRequest ?? double.NaN;
        yield return ("server CPU per match request ≤ 1.0 ms (matches, 8 connections)", Ms(cpu), Verdict(cpu, 1.0, atLeast: false));
        var rate = matches8?.RequestsPerSecond ?? double.NaN;
        yield return ("matches at 8 connections ≥ 1,800 req/s", Rate(rate), Verdict(rate, 1_800, atLeast: true));
        var p99 = matches8 is null ? double.NaN : EngineLatency.Percentile(matches8.SortedLatencies, 0.99);
        yield return ("matches at 8 connections p99 ≤ 20 ms", Ms(p99), Verdict(p99, 20, atLeast: false));
        var mixedRate = mixed8?.RequestsPerSecond ?? double.NaN;
        yield return ("mixed load ≥ 1,800 req/s (8 connections)", Rate(mixedRate), Verdict(mixedRate, 1_800, atLeast: true));
        var errors = mixed.Count == 0 ? double.NaN : mixed.Sum(r => r.Errors);
        yield return ("mixed load: 0 errors (every connection count)", errors.ToString("0", Invariant), Verdict(errors, 0, atLeast: false));
        var single = matches1 is null ? double.NaN : EngineLatency.Percentile(matches1.SortedLatencies, 0.5);
        var limit = 2 * EnginePercentile(0.5);
        yield return ($"single-connection match p50 ≤ 2 × engine p50 (2 × {Ms(EnginePercentile(0.5))} = {Ms(limit)})", Ms(single), Verdict(single, limit, atLeast: false));
        var sustained = Runs.Count == 0 ? 0 : Runs.Max(r => r.PeakRssDuringRun);
        yield return ("peak RSS under sustained load < 700 MB", $"{Mb(sustained)} under load ({Mb(PeakRss)} VmHWM with start-up)", Verdict(Runs.Count == 0 ? double.NaN : sustained / 1024.0 / 1024.0, 700, atLeast: false));
    }

    private double EnginePercentile(double q) => EngineLatency.Percentile(Engine.SortedWall, q);

    private LoadRun? Find(LoadMix mix, int connections) => Runs.FirstOrDefault(r => r.Mix == mix && r.Connections == connections);

    private static string Name(LoadMix mix) => mix switch
    {
        LoadMix.Matches => "matches",
        LoadMix.ProfileReads => "profile reads",
        _ => "mixed",
    };

    private static string Ms(double value) => double.IsNaN(value) ? "–" : string.Create(Invariant, $"{value:0.00} ms");

    private static string Rate(double value) => double.IsNaN(value) ? "–" : string.Create(Invariant, $"{value:N0} req/s");

    private static string Mb(long bytes) => string.Create(Invariant, $"{bytes / 1024.0 / 1024.0:0} MB");

    private static string Load((double One, double Five, double Fifteen) load) => string.Create(Invariant, $"{load.One:0.0} / {load.Five:0.0} / {load.Fifteen:0.0}");
}
