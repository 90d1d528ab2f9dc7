using TalentMatch.Benchmarks.Data;
using TalentMatch.Domain.Common;
using TalentMatch.Matching;

namespace TalentMatch.Benchmarks.Evaluation;

/// <summary>Who a person in a vacancy's pool is, which sets their relevance grade.</summary>
public enum PoolRole
{
    /// <summary>From the vacancy's occupation: grade 2.</summary>
    Relevant,

    /// <summary>From another occupation of the same ISCO unit group: grade 1.</summary>
    SameUnitGroup,

    /// <summary>From an occupation outside the unit group whose skills overlap most: grade 0.</summary>
    Overlapping,

    /// <summary>From a random occupation outside the unit group, with many generic certified skills: grade 0.</summary>
    GenericDistractor,

    /// <summary>From a random occupation outside the unit group: grade 0.</summary>
    Other,
}

/// <summary>
/// One way of generating the pools: the people's noise, how many generic distractors each pool
/// holds (they get <see cref="PersonNoise.GenericCertified"/>; nobody else does), and whether
/// everyone fits the vacancy in practice (place, hours, languages) so only competences decide.
/// </summary>
public sealed record Regime(string Name, string Level, string Purpose, PersonNoise Noise, int GenericDistractors = 0, bool EqualPracticalFit = true)
{
    public override string ToString() => $"{Name}, {Level}";
}

/// <summary>
/// Ranking quality on graded pools built from ESCO's occupation–skill relations. For each sampled
/// occupation: a vacancy drafted from it as the product drafts one, and a pool of 64 people: 8
/// from the same occupation (grade 2), 8 from other occupations of its ISCO unit group (grade 1),
/// 8 from the occupations outside the group whose skills overlap most (grade 0), and 40 from
/// random occupations outside the group (grade 0; in the distractor regimes some of them hold
/// many generic certified skills). The engine and three baselines rank every pool.
/// </summary>
public sealed class QualityEvaluation(EscoCatalogue catalogue, SyntheticPopulation population, IMatchScorer scorer)
{
    public const int Relevant = 8;
    public const int SameUnitGroup = 8;
    public const int Overlapping = 8;
    public const int PoolSize = 64;
    public const int NeighbourOccupations = 5;

    public static IReadOnlyList<string> Rankers { get; } = ["engine", "jaccard", "bm25", "rarity coverage", "overlap count"];

    private readonly Dictionary<Guid, int> _competenceIndex = catalogue.CompetenceIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
    private readonly Dictionary<int, List<EscoOccupation>> _neighbours = [];

    /// <summary>For this many vacancies per seed, print the engine's top 12 with how each person earned their score.</summary>
    public int Explain { get; init; }

    public sealed record Metrics(double NdcgAt10, double RecallAt20, double Mrr);

    /// <summary>Per vacancy, summed: which relevant people the engine leaves out of its top 20 (whom it puts in its top 10: <see cref="SeedResult.Top10ByRanker"/>).</summary>
    public sealed record Diagnostics(int RelevantOutsideTop20, int ExperienceOnlyOutsideTop20, int RelevantExperienceOnly);

    /// <summary>What the generator produced, summed over everyone in the pools.</summary>
    public sealed record GeneratorStats(int People, int ExperienceOnly, int Essential, int EssentialRecorded, int Regranulated, int Competences, int GenericDistractors, int GenericCertified);

    /// <summary>
    /// One seed's results. <see cref="Top10ByRanker"/>: per ranker, summed over the vacancies, how many
    /// people of each <see cref="PoolRole"/> it puts in its top 10 (where a baseline wins, this says whom it wins on).
    /// </summary>
    public sealed record SeedResult(int Seed, int Vacancies, IReadOnlyDictionary<string, Metrics> Rankers, Diagnostics Engine, GeneratorStats Generated, IReadOnlyDictionary<string, double[]> Top10ByRanker);

    public sealed record RegimeResult(Regime Regime, IReadOnlyList<SeedResult> Seeds, TimeSpan Elapsed)
    {
        public Metrics Mean(string ranker) => new(
            Seeds.Average(s => s.Rankers[ranker].NdcgAt10),
            Seeds.Average(s => s.Rankers[ranker].RecallAt20),
            Seeds.Average(s => s.Rankers[ranker].Mrr));

        public Metrics Min(string ranker) => new(
            Seeds.Min(s => s.Rankers[ranker].NdcgAt10),
            Seeds.Min(s => s.Rankers[ranker].RecallAt20),
            Seeds.Min(s => s.Rankers[ranker].Mrr));
    }

    /// <summary>The typical profile every regime starts from: most essential skills recorded exactly.</summary>
    public static PersonNoise Typical { get; } = new();

    /// <summary>More of it from life and volunteering, as among the people the product serves.</summary>
    public static SourceMix RealLife { get; } = new(0.15, 0.10, 0.30, 0.20, 0.25);

    /// <summary>The regimes, each at a default and a harsher noise level.</summary>
    public static IReadOnlyList<Regime> Regimes { get; } = BuildRegimes();

    private static List<Regime> BuildRegimes()
    {
        var sparse = (Default: Typical with { EssentialRecorded = new(0.40, 0.60), OptionalAdded = 0.15 },
                      Harsh: Typical with { EssentialRecorded = new(0.25, 0.40), OptionalAdded = 0.10 });
        var granular = (Default: Typical with { Regranulated = new(0.30, 0.50) },
                        Harsh: Typical with { Regranulated = new(0.50, 0.70) });
        var experience = (Default: Typical with { ExperienceOnly = 0.30 }, Harsh: Typical with { ExperienceOnly = 0.50 });
        var distractors = (Default: Typical with { GenericCertified = new(10, 15), GenericTargeted = 0.5 },
                           Harsh: Typical with { GenericCertified = new(20, 30), GenericTargeted = 0.8 });
        var distractorPeople = (Default: 16, Harsh: 24);
        PersonNoise Realistic(bool harsh)
        {
            var (s, g, e, d) = harsh ? (sparse.Harsh, granular.Harsh, experience.Harsh, distractors.Harsh) : (sparse.Default, granular.Default, experience.Default, distractors.Default);
            return Typical with
            {
                EssentialRecorded = s.EssentialRecorded,
                OptionalAdded = s.OptionalAdded,
                Regranulated = g.Regranulated,
                ExperienceOnly = e.ExperienceOnly,
                GenericCertified = d.GenericCertified,
                GenericTargeted = d.GenericTargeted,
                Sources = RealLife,
            };
        }

        const string Default = "default noise";
        const string Harsh = "harsher noise";
        return
        [
            new("sparse", Default, "people record only part of their competences", sparse.Default),
            new("sparse", Harsh, "people record only part of their competences", sparse.Harsh),
            new("granular", Default, "competences recorded at a broader or narrower ESCO skill than the vacancy asks", granular.Default),
            new("granular", Harsh, "competences recorded at a broader or narrower ESCO skill than the vacancy asks", granular.Harsh),
            new("experience-only", Default, "a share of people in every grade list only a past job", experience.Default),
            new("experience-only", Harsh, "a share of people in every grade list only a past job", experience.Harsh),
            new("distractors", Default, "grade-0 people holding many certified generic skills", distractors.Default, distractorPeople.Default),
            new("distractors", Harsh, "grade-0 people holding many certified generic skills", distractors.Harsh, distractorPeople.Harsh),
            new("realistic", Default, "all of the above at once", Realistic(false), distractorPeople.Default),
            new("realistic", Harsh, "all of the above at once", Realistic(true), distractorPeople.Harsh),
            new("realistic-random-fit", Default, "all of the above, with the generated places, hours and languages kept", Realistic(false), distractorPeople.Default, EqualPracticalFit: false),
            new("realistic-random-fit", Harsh, "all of the above, with the generated places, hours and languages kept", Realistic(true), distractorPeople.Harsh, EqualPracticalFit: false),
        ];
    }

    public static int Grade(PoolRole role) => role switch
    {
        PoolRole.Relevant => 2,
        PoolRole.SameUnitGroup => 1,
        _ => 0,
    };

    /// <summary>The occupations vacancies are drafted from: those whose ISCO unit group holds another occupation (so grade 1 exists).</summary>
    public IReadOnlyList<EscoOccupation> Eligible() =>
        catalogue.Occupations
            .Where(o => o.IscoGroup.Length > 0)
            .GroupBy(o => o.IscoGroup)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g)
            .OrderBy(o => o.Index)
            .ToList();

    public RegimeResult Run(Regime regime, int vacancies, IReadOnlyList<int> seeds)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var results = seeds.Select(seed => RunSeed(regime, vacancies, seed)).ToList();
        return new RegimeResult(regime, results, started.Elapsed);
    }

    private SeedResult RunSeed(Regime regime, int vacancies, int seed)
    {
        // The same seed samples the same occupations and drafts the same vacancies in every regime.
        var byGroup = catalogue.Occupations.GroupBy(o => o.IscoGroup).ToDictionary(g => g.Key, g => g.ToList());
        var sampler = new Random(seed);
        var sample = Eligible().OrderBy(_ => sampler.Next()).Take(vacancies).ToList();
        var sums = Rankers.ToDictionary(r => r, _ => (Ndcg: 0.0, Recall: 0.0, Mrr: 0.0));
        var top10ByRanker = Rankers.ToDictionary(r => r, _ => new double[Enum.GetValues<PoolRole>().Length]);
        var (outside20, experienceOutside20, relevantExperienceOnly) = (0, 0, 0);
        var stats = new GeneratorStats(0, 0, 0, 0, 0, 0, 0, 0);
        var personIndex = 0;

        for (var v = 0; v < sample.Count; v++)
        {
            var occupation = sample[v];
            var vacancy = population.DraftVacancy(v, occupation, new Random((seed * 100_003) + v));
            var asked = vacancy.Requirements.Select(r => _competenceIndex[r.CompetenceId]).ToList();
            var random = new Random((seed * 100_003) + v + 50_000_000);
            var outside = catalogue.Occupations.Where(o => o.IscoGroup != occupation.IscoGroup).ToList();
            var others = Math.Max(0, PoolSize - Relevant - SameUnitGroup - Overlapping - regime.GenericDistractors);
            var plain = regime.Noise with { GenericCertified = new(0, 0) };

            var generated = new List<(GeneratedPerson Person, PoolRole Role)>();
            void Add(PoolRole role, IReadOnlyList<EscoOccupation> from, int count, PersonNoise noise, double experienceOnly)
            {
                // The share of experience-only people in every role: its whole part exactly, the fraction by chance.
                var expected = experienceOnly * count;
                var experienceOnlyCount = (int)Math.Floor(expected) + (random.NextDouble() < expected - Math.Floor(expected) ? 1 : 0);
                var flags = Enumerable.Range(0, count).Select(i => i < experienceOnlyCount).OrderBy(_ => random.Next()).ToList();
                for (var i = 0; i < count && from.Count > 0; i++)
                {
                    generated.Add((population.Generate(0, from[random.Next(from.Count)], random, noise, flags[i], asked), role));
                }
            }

            Add(PoolRole.Relevant, [occupation], Relevant, plain, plain.ExperienceOnly);
            Add(PoolRole.SameUnitGroup, byGroup[occupation.IscoGroup].Where(o => o != occupation).ToList(), SameUnitGroup, plain, plain.ExperienceOnly);
            Add(PoolRole.Overlapping, Neighbours(occupation), Overlapping, plain, plain.ExperienceOnly);
            Add(PoolRole.GenericDistractor, outside, regime.GenericDistractors, regime.Noise, 0);
            Add(PoolRole.Other, outside, others, plain, plain.ExperienceOnly);

            // Shuffled before ids are given, so a tie (broken by id, as the product does) favours no role.
            var pool = generated
                .OrderBy(_ => random.Next())
                .Select(g =>
                {
                    var candidate = g.Person.Candidate with { Id = EscoCatalogue.DeterministicGuid(2, personIndex++) };
                    return (Person: regime.EqualPracticalFit ? EqualFit(candidate, vacancy) : candidate, g.Role, g.Person.ExperienceOnly);
                })
                .ToList();
            stats = Count(stats, generated);

            var prepared = scorer.Prepare(vacancy);
            var candidates = pool.Select(p => p.Person).ToList();
            var bm25 = new Baselines.Bm25(candidates);
            var rarity = new Baselines.RarityCoverage(candidates);
            var engineRanking = Rank("engine", p => scorer.Score(prepared, p).Score);
            Rank("jaccard", p => Baselines.Jaccard(vacancy, p));
            Rank("bm25", p => bm25.Score(vacancy, p));
            Rank("rarity coverage", p => rarity.Score(vacancy, p));
            Rank("overlap count", p => Baselines.OverlapCount(vacancy, p));

            if (v < Explain)
            {
                ExplainTop(occupation, prepared, pool.Select(p => (p.Person, p.Role)).ToList());
            }

            foreach (var p in engineRanking.Skip(20).Where(p => p.Role == PoolRole.Relevant))
            {
                outside20++;
                experienceOutside20 += p.ExperienceOnly ? 1 : 0;
            }

            relevantExperienceOnly += pool.Count(p => p.Role == PoolRole.Relevant && p.ExperienceOnly);

            List<(PoolRole Role, bool ExperienceOnly)> Rank(string ranker, Func<Candidate, double> score)
            {
                var ranked = pool
                    .Select(p => (p.Role, p.ExperienceOnly, Score: score(p.Person), p.Person.Id))
                    .OrderByDescending(p => p.Score).ThenBy(p => p.Id)
                    .Select(p => (p.Role, p.ExperienceOnly))
                    .ToList();
                var grades = ranked.Select(p => Grade(p.Role)).ToList();
                var (ndcg, recall, mrr) = sums[ranker];
                sums[ranker] = (
                    ndcg + RankingMetrics.NdcgAt(grades, pool.Select(p => Grade(p.Role)), 10),
                    recall + RankingMetrics.RecallAt(grades, pool.Count(p => Grade(p.Role) == 2), 20),
                    mrr + RankingMetrics.ReciprocalRank(grades));
                foreach (var p in ranked.Take(10))
                {
                    top10ByRanker[ranker][(int)p.Role]++;
                }

                return ranked;
            }
        }

        var n = Math.Max(1, sample.Count);
        return new SeedResult(
            seed,
            sample.Count,
            sums.ToDictionary(s => s.Key, s => new Metrics(s.Value.Ndcg / n, s.Value.Recall / n, s.Value.Mrr / n)),
            new Diagnostics(outside20, experienceOutside20, relevantExperienceOnly),
            stats,
            top10ByRanker);
    }

    private static GeneratorStats Count(GeneratorStats stats, List<(GeneratedPerson Person, PoolRole Role)> generated) => new(
        stats.People + generated.Count,
        stats.ExperienceOnly + generated.Count(g => g.Person.ExperienceOnly),
        stats.Essential + generated.Where(g => !g.Person.ExperienceOnly).Sum(g => g.Person.Essential),
        stats.EssentialRecorded + generated.Sum(g => g.Person.EssentialRecorded),
        stats.Regranulated + generated.Sum(g => g.Person.Regranulated),
        stats.Competences + generated.Sum(g => g.Person.Candidate.Competences.Count),
        stats.GenericDistractors + generated.Count(g => g.Role == PoolRole.GenericDistractor),
        stats.GenericCertified + generated.Sum(g => g.Person.GenericCertified));

    private void ExplainTop(EscoOccupation occupation, PreparedOpportunity prepared, List<(Candidate Person, PoolRole Role)> pool)
    {
        var vacancy = prepared.Spec;
        string Level(Guid id) => catalogue.ReuseLevels[_competenceIndex[id]]?.ToString() ?? "unknown";
        Console.WriteLine($"{occupation.Label} (ISCO {occupation.IscoGroup}); required: {string.Join(", ", vacancy.Requirements.Where(r => r.Importance == Importance.Required).Select(r => Level(r.CompetenceId)))}; {vacancy.Requirements.Count(r => r.Importance == Importance.Preferred)} preferred");
        var top = pool
            .Select(p => (p.Person, p.Role, Result: scorer.Score(prepared, p.Person)))
            .OrderByDescending(p => p.Result.Score).ThenBy(p => p.Person.Id)
            .Take(12);
        foreach (var (person, role, result) in top)
        {
            string Credits(bool required) => string.Join(" ", result.Matched.Where(m => m.Required == required).Select(m => $"{m.Via}{(m.Experience is null ? "" : m.Experience.UnitGroup ? "/group" : "/experience")}:{m.Credit:0.00}"));
            var profile = person.Competences.Count > 0 ? $"{person.Competences.Count} competences" : "only a past job";
            Console.WriteLine($"  {result.Score,6:0.00} grade {Grade(role)} {role,-17} {profile,-18} required {result.Counts.Covered}/{result.Counts.Competences}: {Credits(true)} | preferred: {Credits(false)}");
        }
    }

    /// <summary>The person as someone who lives where the job is, has the hours and speaks the languages.</summary>
    private static Candidate EqualFit(Candidate person, OpportunitySpec vacancy) => person with
    {
        Location = vacancy.Location,
        MaxTravelKm = 20,
        HoursPerWeek = 40,
        Languages = vacancy.Languages.Select(l => new CandidateLanguage(l.Code, CefrLevel.C1, false)).ToList(),
    };

    /// <summary>The occupations outside the ISCO unit group whose skill sets overlap most: the hardest distractors.</summary>
    private List<EscoOccupation> Neighbours(EscoOccupation occupation)
    {
        if (_neighbours.TryGetValue(occupation.Index, out var cached))
        {
            return cached;
        }

        var skills = occupation.Essential.Concat(occupation.Optional).ToHashSet();
        return _neighbours[occupation.Index] = catalogue.Occupations
            .Where(o => o.IscoGroup != occupation.IscoGroup)
            .Select(o =>
            {
                var other = o.Essential.Concat(o.Optional).ToList();
                var common = other.Count(skills.Contains);
                return (Occupation: o, Overlap: (double)common / (skills.Count + other.Count - common));
            })
            .OrderByDescending(x => x.Overlap).ThenBy(x => x.Occupation.Index)
            .Take(NeighbourOccupations)
            .Select(x => x.Occupation)
            .ToList();
    }
}
