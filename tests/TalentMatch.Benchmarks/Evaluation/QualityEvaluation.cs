using System.Globalization;
using System.Text;
using TalentMatch.Benchmarks.Data;
using TalentMatch.Matching;

namespace TalentMatch.Benchmarks.Evaluation;

/// <summary>
/// Ranking quality on graded pools built from ESCO. For each sampled occupation: a vacancy
/// (essential → required, optional → preferred), and a pool of people generated from the same
/// occupation (grade 2), from other occupations of the same ISCO unit group (grade 1), from
/// the occupations outside that group whose skills overlap most (hard distractors, grade 0)
/// and from random occupations (grade 0).
/// </summary>
public sealed class QualityEvaluation(EscoCatalogue catalogue, SyntheticPopulation population, IMatchScorer scorer)
{
    public const int Relevant = 8;
    public const int PartlyRelevant = 8;
    public const int HardDistractors = 8;
    public const int RandomOthers = 40;

    public sealed record Metrics(string Ranker, double NdcgAt10, double RecallAt20, double Mrr);

    public sealed record Result(int Vacancies, int PoolSize, IReadOnlyList<Metrics> Rankers, TimeSpan Elapsed);

    public Result Run(int vacancies, int seed)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var random = new Random(seed);
        var byGroup = catalogue.Occupations.GroupBy(o => o.IscoGroup).ToDictionary(g => g.Key, g => g.ToList());
        var eligible = catalogue.Occupations.Where(o => byGroup[o.IscoGroup].Count > 1).ToList();
        var sample = eligible.OrderBy(_ => random.Next()).Take(vacancies).ToList();
        var sums = new Dictionary<string, (double Ndcg, double Recall, double Mrr)>
        {
            ["engine"] = default,
            ["jaccard"] = default,
            ["bm25"] = default,
        };

        var personIndex = 0;
        var poolSize = 0;
        for (var v = 0; v < sample.Count; v++)
        {
            var occupation = sample[v];
            var vacancy = population.Vacancy(v, occupation, random);
            var pool = new List<(Candidate Person, int Grade)>();
            void AddPeople(IReadOnlyList<EscoOccupation> from, int count, int grade)
            {
                for (var i = 0; i < count && from.Count > 0; i++)
                {
                    pool.Add((population.Person(personIndex++, from[random.Next(from.Count)], random), grade));
                }
            }

            AddPeople([occupation], Relevant, 2);
            AddPeople(byGroup[occupation.IscoGroup].Where(o => o != occupation).ToList(), PartlyRelevant, 1);
            AddPeople(Neighbours(occupation, 5), HardDistractors, 0);
            AddPeople(catalogue.Occupations.Where(o => o.IscoGroup != occupation.IscoGroup).OrderBy(_ => random.Next()).Take(RandomOthers).ToList(), RandomOthers, 0);
            poolSize = pool.Count;

            var prepared = scorer.Prepare(vacancy);
            var bm25 = new Baselines.Bm25(pool.Select(p => p.Person).ToList());
            Accumulate("engine", pool, p => scorer.Score(prepared, p).Score);
            Accumulate("jaccard", pool, p => Baselines.Jaccard(vacancy, p));
            Accumulate("bm25", pool, p => bm25.Score(vacancy, p));
        }

        var metrics = sums.Select(s => new Metrics(s.Key, s.Value.Ndcg / sample.Count, s.Value.Recall / sample.Count, s.Value.Mrr / sample.Count)).ToList();
        return new Result(sample.Count, poolSize, metrics, started.Elapsed);

        void Accumulate(string ranker, List<(Candidate Person, int Grade)> pool, Func<Candidate, double> score)
        {
            var ranked = pool
                .Select(p => (p.Grade, Score: score(p.Person), p.Person.Id))
                .OrderByDescending(p => p.Score).ThenBy(p => p.Id)
                .Select(p => p.Grade)
                .ToList();
            var (ndcg, recall, mrr) = sums[ranker];
            sums[ranker] = (
                ndcg + RankingMetrics.NdcgAt(ranked, pool.Select(p => p.Grade), 10),
                recall + RankingMetrics.RecallAt(ranked, pool.Count(p => p.Grade == 2), 20),
                mrr + RankingMetrics.ReciprocalRank(ranked));
        }
    }

    /// <summary>The occupations outside the ISCO unit group whose skill sets overlap most: the hardest distractors.</summary>
    private List<EscoOccupation> Neighbours(EscoOccupation occupation, int count)
    {
        var skills = occupation.Essential.Concat(occupation.Optional).ToHashSet();
        return catalogue.Occupations
            .Where(o => o.IscoGroup != occupation.IscoGroup)
            .Select(o =>
            {
                var other = o.Essential.Concat(o.Optional).ToList();
                var common = other.Count(skills.Contains);
                return (Occupation: o, Overlap: (double)common / (skills.Count + other.Count - common));
            })
            .OrderByDescending(x => x.Overlap).ThenBy(x => x.Occupation.Index)
            .Take(count)
            .Select(x => x.Occupation)
            .ToList();
    }

    public static string ToMarkdown(Result result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Vacancies: {result.Vacancies}; pool per vacancy: {result.PoolSize} people ({Relevant} relevant, up to {PartlyRelevant} partly relevant, {HardDistractors} hard distractors, {RandomOthers} others). Run time {result.Elapsed.TotalSeconds:0.0} s.");
        text.AppendLine();
        text.AppendLine("| ranker | nDCG@10 | recall@20 | MRR |");
        text.AppendLine("|---|---|---|---|");
        foreach (var m in result.Rankers)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {m.Ranker} | {m.NdcgAt10:0.000} | {m.RecallAt20:0.000} | {m.Mrr:0.000} |");
        }

        return text.ToString();
    }
}
