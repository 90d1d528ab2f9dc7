using System.Globalization;
using System.Text;
using TalentMatch.Benchmarks.Data;
using TalentMatch.Matching;

namespace TalentMatch.Benchmarks.Suites;

/// <summary>Retained managed memory of the match index per person, after a full garbage collection.</summary>
public static class MemoryMeasurement
{
    public static string Run(int[] sizes)
    {
        var catalogue = BenchmarkData.Catalogue();
        var population = BenchmarkData.Population(catalogue);
        var text = new StringBuilder("| people | index memory | per person |\n|---|---|---|\n");
        foreach (var size in sizes)
        {
            var before = Settle();
            var index = new MatchIndex(new CompetenceScorer(new MatchingOptions(), catalogue.Taxonomy));
            foreach (var person in BenchmarkData.People(catalogue, population, size))
            {
                index.Upsert(new IndexedPerson(person, true, true, true));
            }

            var after = Settle();
            var bytes = after - before;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {size:N0} | {bytes / 1024.0 / 1024.0:0.0} MB | {(double)bytes / size:0} bytes |");
            GC.KeepAlive(index);
        }

        return text.ToString();
    }

    private static long Settle()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
