using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Abstractions;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.FunctionalTests.Infrastructure;

/// <summary>
/// The API over a real SQLite file with real migrations. A template database is migrated and
/// seeded once; before each test, SQLite's online backup copies it over the working database,
/// so every test starts from the same state in a few milliseconds.
/// </summary>
public sealed class TalentMatchFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "Admin-Test-Password-1";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "talentmatch-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;

    /// <param name="overrides">Settings on top of the test defaults.</param>
    /// <param name="environment">The host environment; Development and Production test environment-specific behaviour.</param>
    public TalentMatchFactory(IDictionary<string, string?>? overrides = null, string environment = "Testing")
    {
        _environment = environment;
        Directory.CreateDirectory(_folder);
        DatabasePath = Path.Combine(_folder, "talentmatch.db");
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:TalentMatch"] = $"Data Source={DatabasePath}",
            ["Database:SeedDemoData"] = "false",
            ["Bootstrap:AdminEmail"] = AdminEmail,
            ["Bootstrap:AdminPassword"] = AdminPassword,
            ["RateLimiting:AuthPermitsPerMinute"] = "100000",

            // No background warm-up or polling: each test's reads catch up on their own, deterministically.
            ["MatchIndex:RefreshSeconds"] = "0",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string DatabasePath { get; }

    private string TemplatePath => Path.Combine(_folder, "template.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(_settings));
    }

    /// <summary>Migrates and seeds the database once, then keeps a copy as the template.</summary>
    public async Task InitialiseAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync();
        }

        await using var live = new SqliteConnection($"Data Source={DatabasePath}");
        await using var template = new SqliteConnection($"Data Source={TemplatePath}");
        await live.OpenAsync();
        await template.OpenAsync();
        live.BackupDatabase(template);
    }

    /// <summary>Restores the seeded state (catalogue, roles, admin) and forgets cached read models.</summary>
    public async Task ResetAsync()
    {
        await using (var template = new SqliteConnection($"Data Source={TemplatePath}"))
        await using (var live = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            await template.OpenAsync();
            await live.OpenAsync();
            template.BackupDatabase(live);
        }

        foreach (var cache in Services.GetServices<IReadModelCache>())
        {
            cache.Invalidate();
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platforms; the temp folder is cleaned by the OS.
        }
    }
}
