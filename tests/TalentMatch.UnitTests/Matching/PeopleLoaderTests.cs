using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Common;
using TalentMatch.Infrastructure.Matching;
using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Infrastructure.Places;
using TalentMatch.Matching;

namespace TalentMatch.UnitTests.Matching;

/// <summary>
/// A full build reads competence and language rows raw, a catch-up through EF Core: on a real
/// SQLite file with the real migrations, both must read every person exactly as stored.
/// </summary>
public sealed class PeopleLoaderTests
{
    private string _path = "";

    [SetUp]
    public void CreateDatabase() => _path = Path.Combine(Path.GetTempPath(), $"talentmatch-loader-{Guid.NewGuid():N}.db");

    [TearDown]
    public void DeleteDatabase()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task LoadAsync_ForEveryoneAndById_ReadsEachPersonAsStored()
    {
        var random = new Random(3);
        var competences = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToList();
        var stored = Enumerable.Range(0, 60).Select(i => RandomPerson(i, random, competences)).ToList();
        await using (var db = Context())
        {
            await db.Database.MigrateAsync();
        }

        Insert(competences, stored);

        await using var context = Context();
        var places = PostcodeTable.Load();
        var everyone = (await PeopleLoader.LoadAsync(context, null, places, CancellationToken.None)).ToList();
        var some = stored.Where((_, i) => i % 3 == 0).Select(p => p.Candidate.Id).ToList();
        var byId = (await PeopleLoader.LoadAsync(context, some, places, CancellationToken.None)).ToList();

        everyone.Count.ShouldBe(stored.Count);
        byId.Select(p => p.Candidate.Id).ShouldBe(some, ignoreOrder: true);
        foreach (var loaded in everyone.Concat(byId))
        {
            var expected = stored.Single(p => p.Candidate.Id == loaded.Candidate.Id);
            (loaded.Matchable, loaded.SeeksJob, loaded.SeeksVolunteering).ShouldBe((expected.Matchable, expected.SeeksJob, expected.SeeksVolunteering));
            loaded.Candidate.Competences.OrderBy(c => c.CompetenceId).ShouldBe(expected.Candidate.Competences.OrderBy(c => c.CompetenceId));
            loaded.Candidate.Languages.OrderBy(l => l.Code).ShouldBe(expected.Candidate.Languages.OrderBy(l => l.Code));
            (loaded.Candidate.MaxTravelKm, loaded.Candidate.HoursPerWeek).ShouldBe((expected.Candidate.MaxTravelKm, expected.Candidate.HoursPerWeek));
            loaded.Candidate.Location.ShouldNotBeNull();
        }
    }

    private SqliteTalentMatchDbContext Context() =>
        new(new DbContextOptionsBuilder<SqliteTalentMatchDbContext>().UseSqlite($"Data Source={_path}").Options);

    private static IndexedPerson RandomPerson(int n, Random random, List<Guid> competences)
    {
        var held = competences.OrderBy(_ => random.Next()).Take(random.Next(0, 12))
            .Select(c => new CandidateCompetence(c, random.Next(1, 5), Enum.GetValues<CompetenceSource>()[random.Next(5)], Enum.GetValues<Evidence>()[random.Next(3)]))
            .ToList();
        var languages = new[] { "nl", "fr", "en", "ar" }.Where(_ => random.NextDouble() < 0.5)
            .Select(code => new CandidateLanguage(code, CefrLevel.FromRank(random.Next(1, 7)), random.NextDouble() < 0.3))
            .ToList();
        var candidate = new Candidate(Guid.NewGuid(), held, languages, null, random.Next(1, 40), random.Next(4, 40), []);
        return new IndexedPerson(candidate, random.NextDouble() < 0.8, random.NextDouble() < 0.6, random.NextDouble() < 0.5);
    }

    /// <summary>Rows as EF Core stores them in SQLite: GUIDs as upper-case text, enums by name.</summary>
    private void Insert(List<Guid> competences, List<IndexedPerson> people)
    {
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        void Run(string sql, params (string Name, object Value)[] values)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var (name, value) in values)
            {
                command.Parameters.AddWithValue(name, value);
            }

            command.ExecuteNonQuery();
        }

        static string Text(Guid id) => id.ToString().ToUpperInvariant();
        foreach (var (id, i) in competences.Select((c, i) => (c, i)))
        {
            Run("INSERT INTO Competences (Id, EscoUri, Type, IsGroup) VALUES ($id, $uri, 'Skill', 0)", ("$id", Text(id)), ("$uri", $"urn:test:{i}"));
        }

        foreach (var person in people)
        {
            var c = person.Candidate;
            Run(
                "INSERT INTO Profiles (Id, DisplayName, Postcode, SeeksJob, SeeksVolunteering, HoursPerWeek, MaxTravelKm, Visibility, Interests, CreatedAt, UpdatedAt, CreatedByUserId, ConcurrencyStamp) " +
                "VALUES ($id, 'Person', '2000', $job, $volunteering, $hours, $travel, $visibility, '[]', $now, $now, $by, 'x')",
                ("$id", Text(c.Id)), ("$job", person.SeeksJob), ("$volunteering", person.SeeksVolunteering), ("$hours", (int)c.HoursPerWeek), ("$travel", c.MaxTravelKm),
                ("$visibility", person.Matchable ? "Matchable" : "Private"), ("$now", DateTime.UtcNow), ("$by", Text(Guid.Empty)));
            foreach (var competence in c.Competences)
            {
                Run(
                    "INSERT INTO ProfileCompetences (ProfileId, CompetenceId, Level, Source, Evidence) VALUES ($p, $c, $level, $source, $evidence)",
                    ("$p", Text(c.Id)), ("$c", Text(competence.CompetenceId)), ("$level", competence.Level), ("$source", competence.Source.ToString()), ("$evidence", competence.Evidence.ToString()));
            }

            foreach (var language in c.Languages)
            {
                Run(
                    "INSERT INTO ProfileLanguages (ProfileId, Code, Level, IsNative) VALUES ($p, $code, $level, $native)",
                    ("$p", Text(c.Id)), ("$code", language.Code), ("$level", language.Level.Rank), ("$native", language.IsNative));
            }
        }

        transaction.Commit();
    }
}
