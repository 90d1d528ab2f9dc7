using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Benchmarks.Data;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Organisations;
using TalentMatch.Infrastructure.Catalogue;
using TalentMatch.Matching;

namespace TalentMatch.Benchmarks.Load;

/// <summary>
/// The SQLite database the HTTP load runs against: the real migrations, the full ESCO catalogue
/// (written by the product's importer), the generated people and open vacancies. Built once per
/// size and data version in a cache folder; each run works on a copy, so its writes never reach
/// the next run.
/// </summary>
public static class LoadDatabase
{
    /// <summary>Raise when what is generated changes; the last migration is part of the key too.</summary>
    public const int DataVersion = 1;

    /// <summary>2,000 open vacancies at 100,000 people, scaled with the population (at least 50).</summary>
    public static int VacanciesFor(int people) => Math.Max(50, people / 50);

    public static string CacheFolder => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "talentmatch-load")).FullName;

    /// <summary>The cached database for <paramref name="people"/>, built when missing. Returns its path.</summary>
    public static string Ensure(int people, Action<string> log)
    {
        var catalogue = BenchmarkData.Catalogue();
        var population = BenchmarkData.Population(catalogue);
        var path = Path.Combine(CacheFolder, $"people-{people}-v{DataVersion}-{LastMigration()}.db");
        if (File.Exists(path))
        {
            log($"reusing {path}");
            return path;
        }

        var building = path + ".building";
        Delete(building);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var database = SqlitePopulation.Create(catalogue, population, BenchmarkData.People(catalogue, population, people), building);
        log($"migrated and wrote {people:N0} people in {watch.Elapsed.TotalSeconds:0} s");
        using (var db = database.CreateContext())
        {
            using (var transaction = db.Database.BeginTransaction())
            {
                var written = new CatalogueWriter(db).WriteAsync(BenchmarkData.Esco(), null, CancellationToken.None).GetAwaiter().GetResult();
                transaction.Commit();
                log($"wrote the ESCO catalogue ({written.Labels:N0} labels) at {watch.Elapsed.TotalSeconds:0} s");
            }

            AddOpenVacancies(db, population, BenchmarkData.Vacancies(catalogue, population, VacanciesFor(people)));
            log($"wrote {VacanciesFor(people):N0} open vacancies at {watch.Elapsed.TotalSeconds:0} s");
            db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        SqliteConnection.ClearAllPools();
        File.Move(building, path);
        foreach (var side in new[] { building + "-wal", building + "-shm" })
        {
            File.Delete(side);
        }

        return path;
    }

    /// <summary>A fresh copy of the cached database for one run.</summary>
    public static string CopyForRun(string cached)
    {
        var copy = Path.Combine(CacheFolder, $"run-{Environment.ProcessId}.db");
        Delete(copy);
        File.Copy(cached, copy);
        return copy;
    }

    /// <summary>Deletes a database file with its write-ahead log.</summary>
    public static void Delete(string database)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>The open vacancies' ids, in a fixed order.</summary>
    public static List<Guid> OpenVacancies(string database)
    {
        using var db = new Infrastructure.Persistence.SqliteTalentMatchDbContext(
            new DbContextOptionsBuilder<Infrastructure.Persistence.SqliteTalentMatchDbContext>().UseSqlite($"Data Source={database}").Options);
        return db.Vacancies.Where(v => v.Status == OpportunityStatus.Open).OrderBy(v => v.Title).Select(v => v.Id).ToList();
    }

    private static string LastMigration()
    {
        using var db = new Infrastructure.Persistence.SqliteTalentMatchDbContext(
            new DbContextOptionsBuilder<Infrastructure.Persistence.SqliteTalentMatchDbContext>().UseSqlite("Data Source=:memory:").Options);
        return db.Database.GetMigrations().Last().Split('_')[0];
    }

    /// <summary>One organisation offering the vacancies, each open, written through the domain entities.</summary>
    private static void AddOpenVacancies(Infrastructure.Persistence.SqliteTalentMatchDbContext db, SyntheticPopulation population, IReadOnlyList<OpportunitySpec> vacancies)
    {
        var now = DateTime.UtcNow;
        var organisation = new Organisation(Guid.Empty, now);
        organisation.Update(new OrganisationDetails("Benchmark employer", OrganisationKind.Company, "2000"), now);
        db.Organisations.Add(organisation);
        for (var i = 0; i < vacancies.Count; i++)
        {
            var spec = vacancies[i];
            var vacancy = new Vacancy(organisation.Id, Guid.Empty, now);
            vacancy.Describe(
                new OpportunityDetails(
                    organisation.Id,
                    $"Vacancy {i + 1}",
                    null,
                    population.PostcodeOf(spec.Location),
                    spec.MultilingualValued,
                    [],
                    spec.Requirements.Select(r => new OpportunityRequirement(r.CompetenceId, r.MinLevel, r.Importance)).ToList(),
                    spec.Languages.Select(l => new OpportunityLanguage(l.Code, l.MinLevel, l.Importance)).ToList(),
                    OpportunityStatus.Open),
                new VacancyTerms(null, spec.Hours, ContractType.Permanent, 1),
                now);
            db.Vacancies.Add(vacancy);
        }

        db.SaveChanges();
    }
}
