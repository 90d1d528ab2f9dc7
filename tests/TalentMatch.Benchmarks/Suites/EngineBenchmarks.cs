using BenchmarkDotNet.Attributes;
using TalentMatch.Benchmarks.Data;
using TalentMatch.Matching;

namespace TalentMatch.Benchmarks.Suites;

/// <summary>
/// The match index at city and region scale: the top 20 people for a vacancy, and the top 20
/// vacancies for a person (scored over 2,000 open vacancies), on people generated from ESCO.
/// </summary>
[Config(typeof(LatencyConfig))]
public class EngineBenchmarks
{
    private MatchIndex _index = null!;
    private List<OpportunitySpec> _vacancies = null!;
    private List<PreparedOpportunity> _prepared = null!;
    private List<Candidate> _people = null!;
    private int _next;

    [Params(10_000, 100_000, 1_000_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var catalogue = BenchmarkData.Catalogue();
        var population = BenchmarkData.Population(catalogue);
        _index = BenchmarkData.Index(catalogue, BenchmarkData.People(catalogue, population, People));
        _vacancies = BenchmarkData.Vacancies(catalogue, population, 2_000);
        _prepared = _vacancies.Select(_index.Scorer.Prepare).ToList();
        _people = BenchmarkData.People(catalogue, population, 500, seed: 99).ToList();
    }

    [Benchmark(Description = "vacancy → top 20 people")]
    public int VacancyTop20()
    {
        var vacancy = _vacancies[_next++ % _vacancies.Count];
        return _index.TopCandidates(vacancy, new CandidateQuery(20)).Items.Count;
    }

    [Benchmark(Description = "person → top 20 of 2,000 vacancies")]
    public int PersonTop20()
    {
        // As the API ranks opportunities for a person: every one scored cheaply, the top 20 explained.
        var person = _index.Scorer.Prepare(_people[_next++ % _people.Count]);
        return _prepared
            .Select(vacancy => (Vacancy: vacancy, Rank: _index.Scorer.Rank(vacancy, person)))
            .OrderByDescending(x => x.Rank.Score).ThenBy(x => x.Vacancy.Spec.Id)
            .Take(20)
            .Select(x => _index.Scorer.Score(x.Vacancy, person))
            .Count();
    }
}
