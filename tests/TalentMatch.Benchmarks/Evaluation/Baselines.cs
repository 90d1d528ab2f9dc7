using TalentMatch.Matching;

namespace TalentMatch.Benchmarks.Evaluation;

/// <summary>Rankers the engine must beat: set overlap and BM25 over competence ids as terms.</summary>
public static class Baselines
{
    /// <summary>Jaccard overlap of the requirement set and the person's competence set.</summary>
    public static double Jaccard(OpportunitySpec opportunity, Candidate candidate)
    {
        var wanted = opportunity.Requirements.Select(r => r.CompetenceId).ToHashSet();
        var have = candidate.Competences.Select(c => c.CompetenceId).ToHashSet();
        var intersection = wanted.Count(have.Contains);
        var union = wanted.Count + have.Count - intersection;
        return union == 0 ? 0 : (double)intersection / union;
    }

    /// <summary>BM25 (k1 = 1.2, b = 0.75) with the requirement ids as the query and each person as a document.</summary>
    public sealed class Bm25
    {
        private const double K1 = 1.2;
        private const double B = 0.75;
        private readonly Dictionary<Guid, double> _idf;
        private readonly double _averageLength;

        public Bm25(IReadOnlyCollection<Candidate> pool)
        {
            _averageLength = pool.Count == 0 ? 1 : pool.Average(c => c.Competences.Count);
            var documentFrequency = pool
                .SelectMany(c => c.Competences.Select(x => x.CompetenceId).Distinct())
                .GroupBy(id => id)
                .ToDictionary(g => g.Key, g => g.Count());
            _idf = documentFrequency.ToDictionary(
                d => d.Key,
                d => Math.Log(1 + ((pool.Count - d.Value + 0.5) / (d.Value + 0.5))));
        }

        public double Score(OpportunitySpec opportunity, Candidate candidate)
        {
            var have = candidate.Competences.Select(c => c.CompetenceId).ToHashSet();
            var length = have.Count;
            var score = 0.0;
            foreach (var term in opportunity.Requirements.Select(r => r.CompetenceId).Distinct())
            {
                if (have.Contains(term) && _idf.TryGetValue(term, out var idf))
                {
                    // Term frequency is 1: a competence is on a profile once.
                    score += idf * (K1 + 1) / (1 + (K1 * (1 - B + (B * length / _averageLength))));
                }
            }

            return score;
        }
    }
}
