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

    public sealed record Result(string Scenario, int Vacancies, int PoolSize, IReadOnlyList<Metrics> Rankers, TimeSpan Elapsed);

    /// <summary>
    /// How the pool is built. Hard: half of the relevant people have most essential skills recorded
    /// as narrower/broader concepts and learned in life or volunteering, and the distractors also
    /// hold most optional skills of the vacancy's occupation. Equal practical fit: everyone lives
    /// where the job is, has the hours and speaks the languages, so only competences decide.
    /// </summary>
    public sealed record Scenario(string Name, bool Hard, bool EqualPracticalFit);

    public static IReadOnlyList<Scenario> Scenarios { get; } =
    [
        new("hard pools, equal practical fit", Hard: true, EqualPracticalFit: true),
        new("hard pools, random practical fit", Hard: true, EqualPracticalFit: false),
        new("plain pools, equal practical fit", Hard: false, EqualPracticalFit: true),
        new("plain pools, random practical fit", Hard: false, EqualPracticalFit: false),
    ];

    public Result Run(Scenario scenario, int vacancies, int seed)
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
            void AddPeople(IReadOnlyList<EscoOccupation> from, int count, int grade, Func<int, (double Substitution, bool Elsewhere, EscoOccupation? Optional)> variant)
            {
                for (var i = 0; i < count && from.Count > 0; i++)
                {
                    var (substitution, elsewhere, optional) = variant(i);
                    var person = population.Person(personIndex++, from[random.Next(from.Count)], random, substitution, elsewhere, optional);
                    pool.Add((scenario.EqualPracticalFit ? EqualFit(person, vacancy) : person, grade));
                }
            }

            AddPeople([occupation], Relevant, 2, i => scenario.Hard && i % 2 == 1 ? (0.7, true, null) : (0.1, false, null));
            AddPeople(byGroup[occupation.IscoGroup].Where(o => o != occupation).ToList(), PartlyRelevant, 1, _ => (0.1, false, null));
            AddPeople(Neighbours(occupation, 5), HardDistractors, 0, _ => (0.1, false, scenario.Hard ? occupation : null));
            AddPeople(catalogue.Occupations.Where(o => o.IscoGroup != occupation.IscoGroup).OrderBy(_ => random.Next()).Take(RandomOthers).ToList(), RandomOthers, 0, _ => (0.1, false, null));
            poolSize = pool.Count;

            var prepared = scorer.Prepare(vacancy);
            var bm25 = new Baselines.Bm25(pool.Select(p => p.Person).ToList());
            Accumulate("engine", pool, p => scorer.Score(prepared, p).Score);
            Accumulate("jaccard", pool, p => Baselines.Jaccard(vacancy, p));
            Accumulate("bm25", pool, p => bm25.Score(vacancy, p));
        }

        var metrics = sums.Select(s => new Metrics(s.Key, s.Value.Ndcg / sample.Count, s.Value.Recall / sample.Count, s.Value.Mrr / sample.Count)).ToList();
        return new Result(scenario.Name, sample.Count, poolSize, metrics, started.Elapsed);

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

    /// <summary>The person as someone who lives where the job is, has the hours and speaks the languages.</summary>
    private static Candidate EqualFit(Candidate person, OpportunitySpec vacancy) => person with
    {
        Location = vacancy.Location,
        MaxTravelKm = 20,
        HoursPerWeek = 40,
        Languages = vacancy.Languages.Select(l => new CandidateLanguage(l.Code, Domain.Common.CefrLevel.C1, false)).ToList(),
    };

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
        text.AppendLine(CultureInfo.InvariantCulture, $"### {result.Scenario}");
        text.AppendLine();
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
