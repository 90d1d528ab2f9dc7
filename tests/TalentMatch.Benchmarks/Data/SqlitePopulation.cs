using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Matching;

namespace TalentMatch.Benchmarks.Data;

/// <summary>
/// A SQLite database with the product's schema (its real migrations) holding a generated
/// population: the ground for the SQL peer and for timing the index build from SQLite.
/// </summary>
public sealed class SqlitePopulation : IDisposable
{
    private SqlitePopulation(string path) => Path = path;

    public string Path { get; }

    public string ConnectionString => $"Data Source={Path}";

    public SqliteTalentMatchDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<SqliteTalentMatchDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>
    /// Migrates a new database at <paramref name="path"/> (a temporary file when null) and writes
    /// the catalogue's competences (with their ESCO URIs, so a full import can fill them in) and
    /// occupations, and the people.
    /// </summary>
    public static SqlitePopulation Create(EscoCatalogue catalogue, SyntheticPopulation population, IEnumerable<Candidate> people, string? path = null)
    {
        path ??= System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"talentmatch-bench-{Guid.NewGuid():N}.db");
        var database = new SqlitePopulation(path);
        using (var context = database.CreateContext())
        {
            context.Database.Migrate();
        }

        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;";
            pragma.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        var competence = Command(connection, transaction, "INSERT INTO Competences (Id, EscoUri, Type, IsGroup) VALUES ($id, $uri, 'Skill', $group)", "$id", "$uri", "$group");
        for (var i = 0; i < catalogue.CompetenceIds.Length; i++)
        {
            Run(competence, Text(catalogue.CompetenceIds[i]), catalogue.CompetenceUris[i], catalogue.Groups[i]);
        }

        // The occupations people list experience in (the rows their experience refers to).
        var occupation = Command(connection, transaction, "INSERT INTO Occupations (Id, EscoUri, IscoGroup) VALUES ($id, $uri, $group)", "$id", "$uri", "$group");
        foreach (var o in catalogue.Occupations)
        {
            Run(occupation, Text(o.Id), o.Uri, o.IscoGroup);
        }

        var profile = Command(connection, transaction,
            "INSERT INTO Profiles (Id, DisplayName, Postcode, SeeksJob, SeeksVolunteering, HoursPerWeek, MaxTravelKm, Visibility, Interests, CreatedAt, UpdatedAt, CreatedByUserId, ConcurrencyStamp) " +
            "VALUES ($id, 'Person', $postcode, 1, 1, $hours, $travel, 'Matchable', '[]', $now, $now, $by, 'x')",
            "$id", "$postcode", "$hours", "$travel", "$now", "$by");
        var skill = Command(connection, transaction,
            "INSERT INTO ProfileCompetences (ProfileId, CompetenceId, Level, Source, Evidence) VALUES ($p, $c, $level, $source, $evidence)",
            "$p", "$c", "$level", "$source", "$evidence");
        var language = Command(connection, transaction,
            "INSERT INTO ProfileLanguages (ProfileId, Code, Level, IsNative) VALUES ($p, $code, $level, $native)",
            "$p", "$code", "$level", "$native");
        var experience = Command(connection, transaction,
            "INSERT INTO ProfileExperiences (Id, ProfileId, OccupationId, Years, Context) VALUES ($id, $p, $o, $years, $context)",
            "$id", "$p", "$o", "$years", "$context");
        var now = DateTime.UtcNow;
        var experienceCount = 0;
        foreach (var person in people)
        {
            var id = Text(person.Id);
            Run(profile, id, population.PostcodeOf(person.Location), (int)person.HoursPerWeek, person.MaxTravelKm, now, Text(Guid.Empty));
            foreach (var c in person.Competences)
            {
                Run(skill, id, Text(c.CompetenceId), c.Level, c.Source.ToString(), c.Evidence.ToString());
            }

            foreach (var l in person.Languages)
            {
                Run(language, id, l.Code, l.Level.Rank, l.IsNative);
            }

            foreach (var e in person.Experiences)
            {
                Run(experience, Text(EscoCatalogue.DeterministicGuid(6, experienceCount++)), id, Text(e.OccupationId), e.Years, e.Context.ToString());
            }
        }

        transaction.Commit();
        return database;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>EF Core stores GUIDs in SQLite as upper-case text.</summary>
    public static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

    public static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
