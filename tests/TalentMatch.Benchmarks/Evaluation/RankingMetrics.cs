namespace TalentMatch.Benchmarks.Evaluation;

/// <summary>Graded ranking metrics: grade 2 = relevant, 1 = partly relevant, 0 = not.</summary>
public static class RankingMetrics
{
    /// <summary>nDCG@k with gains 2^grade − 1 and log2 discounts.</summary>
    public static double NdcgAt(IReadOnlyList<int> rankedGrades, IEnumerable<int> allGrades, int k)
    {
        static double Dcg(IEnumerable<int> grades, int k) =>
            grades.Take(k).Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();

        var ideal = Dcg(allGrades.OrderByDescending(g => g), k);
        return ideal == 0 ? 0 : Dcg(rankedGrades, k) / ideal;
    }

    /// <summary>Share of the relevant (grade 2) items found in the top k.</summary>
    public static double RecallAt(IReadOnlyList<int> rankedGrades, int relevantTotal, int k) =>
        relevantTotal == 0 ? 0 : (double)rankedGrades.Take(k).Count(g => g == 2) / relevantTotal;

    /// <summary>1 / rank of the first relevant (grade 2) item.</summary>
    public static double ReciprocalRank(IReadOnlyList<int> rankedGrades)
    {
        for (var i = 0; i < rankedGrades.Count; i++)
        {
            if (rankedGrades[i] == 2)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }
}
