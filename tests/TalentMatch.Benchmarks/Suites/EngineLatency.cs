using System.Diagnostics;
using TalentMatch.Matching;

namespace TalentMatch.Benchmarks.Suites;

/// <summary>Wall clock and thread CPU time of a vacancy's top 20 from the in-process match index, with a stopwatch.</summary>
public sealed record EngineLatency(IReadOnlyList<double> SortedWall, IReadOnlyList<double> SortedCpu)
{
    /// <summary>Twice over the vacancies, the first round as warm-up; only the second round counts.</summary>
    public static EngineLatency Measure(MatchIndex index, IReadOnlyList<OpportunitySpec> vacancies)
    {
        var wall = new List<double>();
        var cpu = new List<double>();
        foreach (var (vacancy, round) in vacancies.Select(v => (v, 0)).Concat(vacancies.Select(v => (v, 1))))
        {
            var cpuBefore = ThreadCpu.Milliseconds();
            var started = Stopwatch.GetTimestamp();
            index.TopCandidates(vacancy, new CandidateQuery(20));
            if (round == 1)
            {
                wall.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                cpu.Add(ThreadCpu.Milliseconds() - cpuBefore);
            }
        }

        return new EngineLatency(wall.Order().ToList(), cpu.Order().ToList());
    }

    /// <summary>The value at quantile <paramref name="q"/> of sorted values (nearest rank).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double q) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
}
