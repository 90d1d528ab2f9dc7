using TalentMatch.Matching;

namespace TalentMatch.Benchmarks.Evaluation;

/// <summary>
/// Rankers the engine must beat: set overlap, BM25 and rarity-weighted coverage over competence
/// ids as terms. They see only the competences a person recorded, by id: no experience, no
/// taxonomy, no levels, no evidence — what a keyword search over profiles would see.
/// </summary>
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

    /// <summary>
    /// How many requirement ids the person holds: Jaccard without its division by the size of the
    /// union. Beside Jaccard it shows how much of Jaccard's lead comes from favouring short profiles.
    /// </summary>
    public static double OverlapCount(OpportunitySpec opportunity, Candidate candidate)
    {
        var have = candidate.Competences.Select(c => c.CompetenceId).ToHashSet();
        return opportunity.Requirements.Select(r => r.CompetenceId).Distinct().Count(have.Contains);
    }

    /// <summary>Inverse document frequency of competence ids over a pool of people (BM25's form, always positive).</summary>
    public sealed class PoolIdf
    {
        private readonly Dictionary<Guid, int> _documentFrequency;
        private readonly int _size;

        public PoolIdf(IReadOnlyCollection<Candidate> pool)
        {
            _size = pool.Count;
            _documentFrequency = pool
                .SelectMany(c => c.Competences.Select(x => x.CompetenceId).Distinct())
                .GroupBy(id => id)
                .ToDictionary(g => g.Key, g => g.Count());
        }

        /// <summary>ln(1 + (N − df + 0.5) / (df + 0.5)); an id nobody in the pool holds weighs most.</summary>
        public double Of(Guid id)
        {
            var df = _documentFrequency.GetValueOrDefault(id);
            return Math.Log(1 + ((_size - df + 0.5) / (df + 0.5)));
        }
    }

    /// <summary>BM25 (k1 = 1.2, b = 0.75) with the requirement ids as the query and each person as a document.</summary>
    public sealed class Bm25(IReadOnlyCollection<Candidate> pool)
    {
        private const double K1 = 1.2;
        private const double B = 0.75;
        private readonly PoolIdf _idf = new(pool);
        private readonly double _averageLength = pool.Count == 0 ? 1 : Math.Max(1, pool.Average(c => c.Competences.Count));

        public double Score(OpportunitySpec opportunity, Candidate candidate)
        {
            var have = candidate.Competences.Select(c => c.CompetenceId).ToHashSet();
            var length = have.Count;
            var score = 0.0;
            foreach (var term in opportunity.Requirements.Select(r => r.CompetenceId).Distinct())
            {
                if (have.Contains(term))
                {
                    // Term frequency is 1: a competence is on a profile once.
                    score += _idf.Of(term) * (K1 + 1) / (1 + (K1 * (1 - B + (B * length / _averageLength))));
                }
            }

            return score;
        }
    }

    /// <summary>
    /// Rarity-weighted coverage: the idf of the requirement ids the person holds exactly, over the
    /// idf of all requirement ids (idf over the pool). Rare requirements count most; a long profile
    /// is not penalised.
    /// </summary>
    public sealed class RarityCoverage(IReadOnlyCollection<Candidate> pool)
    {
        private readonly PoolIdf _idf = new(pool);

        public double Score(OpportunitySpec opportunity, Candidate candidate)
        {
            var have = candidate.Competences.Select(c => c.CompetenceId).ToHashSet();
            var (held, total) = (0.0, 0.0);
            foreach (var term in opportunity.Requirements.Select(r => r.CompetenceId).Distinct())
            {
                var idf = _idf.Of(term);
                total += idf;
                held += have.Contains(term) ? idf : 0;
            }

            return total == 0 ? 0 : held / total;
        }
    }
}
