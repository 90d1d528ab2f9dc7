using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Data.Sqlite;
using TalentMatch.Benchmarks.Data;
using TalentMatch.Domain.Common;
using TalentMatch.Matching;

namespace TalentMatch.Benchmarks.Suites;

/// <summary>
/// The engine beside two peers on the same people and the same vacancies: the competence scoring
/// written as one SQL query over the product's schema in SQLite, and Lucene.NET BM25 with
/// competence ids as terms (no taxonomy, no levels, no languages).
/// </summary>
[Config(typeof(PeerLatencyConfig))]
public class PeerBenchmarks
{
    private MatchIndex _index = null!;
    private List<OpportunitySpec> _vacancies = null!;
    private SqlitePopulation _database = null!;
    private SqliteConnection _connection = null!;
    private RAMDirectory _directory = null!;
    private DirectoryReader _reader = null!;
    private IndexSearcher _searcher = null!;
    private int _next;

    [Params(10_000, 100_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var catalogue = BenchmarkData.Catalogue();
        var population = BenchmarkData.Population(catalogue);
        var people = BenchmarkData.People(catalogue, population, People).ToList();
        _index = BenchmarkData.Index(catalogue, people);
        _vacancies = BenchmarkData.Vacancies(catalogue, population, 200);
        _database = SqlitePopulation.Create(catalogue, population, people);
        _connection = new SqliteConnection(_database.ConnectionString);
        _connection.Open();

        // SQLite has no product aggregate: the required-gap factor multiplies, so register one.
        _connection.CreateAggregate("product", 1.0, (double acc, double value) => acc * value, acc => acc);
        _connection.CreateFunction("pow", (double x, double y) => Math.Pow(x, y));

        _directory = new RAMDirectory();
        var similarity = new BM25Similarity();
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, null) { Similarity = similarity, OpenMode = OpenMode.CREATE }))
        {
            var competenceField = new FieldType { IsIndexed = true, IsTokenized = false, OmitNorms = false, IndexOptions = IndexOptions.DOCS_AND_FREQS };
            competenceField.Freeze();
            foreach (var person in people)
            {
                var document = new Document { new StringField("id", person.Id.ToString(), Field.Store.YES) };
                foreach (var competence in person.Competences)
                {
                    document.Add(new Field("c", competence.CompetenceId.ToString("N"), competenceField));
                }

                writer.AddDocument(document);
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _reader.Dispose();
        _directory.Dispose();
        _connection.Dispose();
        _database.Dispose();
    }

    [Benchmark(Baseline = true, Description = "engine: match index")]
    public int Engine() => _index.TopCandidates(Next(), new CandidateQuery(20)).Items.Count;

    [Benchmark(Description = "peer: SQL query in SQLite")]
    public int Sql()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = SqlFor(_index.Scorer.Prepare(Next()), _index.Scorer.Options);
        using var reader = command.ExecuteReader();
        var count = 0;
        while (reader.Read())
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "peer: Lucene.NET BM25")]
    public int Lucene()
    {
        var query = new BooleanQuery();
        foreach (var requirement in Next().Requirements)
        {
            query.Add(new TermQuery(new Term("c", requirement.CompetenceId.ToString("N"))), Occur.SHOULD);
        }

        return _searcher.Search(query, 20).ScoreDocs.Length;
    }

    private OpportunitySpec Next() => _vacancies[_next++ % _vacancies.Count];

    /// <summary>
    /// The competence part of the engine's score in SQL: the same taxonomy expansion (as a
    /// VALUES table; recorded competences only, no experience), level fit, evidence confidence,
    /// specificity weights, and the required block's share; top 20 by score, ties by id.
    /// </summary>
    public static string SqlFor(PreparedOpportunity prepared, MatchingOptions options)
    {
        static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);
        var spec = prepared.Spec;
        var values = new StringBuilder();
        var (requiredWeight, preferredWeight) = (0.0, 0.0);
        for (var r = 0; r < spec.Requirements.Count; r++)
        {
            var requirement = spec.Requirements[r];
            var required = requirement.Importance == Importance.Required;
            var weight = prepared.WeightOf(r);
            requiredWeight += required ? weight : 0;
            preferredWeight += required ? 0 : weight;
            foreach (var (competence, reach) in prepared.ExpansionOf(r).Where(e => !e.Value.Experience))
            {
                values.Append(values.Length == 0 ? "" : ",")
                    .Append(CultureInfo.InvariantCulture, $"({r},'{SqlitePopulation.Text(competence)}',{F(reach.Factor)},{requirement.MinLevel},{F(weight)},{(required ? 1 : 0)})");
            }
        }

        var (requiredShare, preferredShare) = requiredWeight > 0 && preferredWeight > 0
            ? (options.RequiredShare / requiredWeight, (1 - options.RequiredShare) / preferredWeight)
            : (requiredWeight > 0 ? 1 / requiredWeight : 0, preferredWeight > 0 ? 1 / preferredWeight : 0);
        return $"""
            WITH req(r, competence, factor, minLevel, weight, required) AS (VALUES {values}),
            hits AS (
              SELECT pc.ProfileId AS profile, req.r, req.weight, req.required,
                     MAX(req.factor * MAX(0.0, 1 - MAX(0, req.minLevel - pc.Level) * {F(options.LevelGapPenalty)})
                         * CASE pc.Evidence WHEN 'Certified' THEN {F(options.CertifiedFactor)} WHEN 'Confirmed' THEN {F(options.ConfirmedFactor)} ELSE {F(options.DeclaredFactor)} END) AS credit
              FROM ProfileCompetences pc JOIN req ON req.competence = pc.CompetenceId
              GROUP BY pc.ProfileId, req.r)
            SELECT h.profile,
                   SUM(h.weight * h.credit * CASE WHEN h.required = 1 THEN {F(requiredShare)} ELSE {F(preferredShare)} END) AS score
            FROM hits h JOIN Profiles p ON p.Id = h.profile
            WHERE p.Visibility = 'Matchable' AND p.SeeksJob = 1
            GROUP BY h.profile
            ORDER BY score DESC, h.profile
            LIMIT 20
            """;
    }
}
