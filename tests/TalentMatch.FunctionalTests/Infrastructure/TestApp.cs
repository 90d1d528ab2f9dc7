using System.Net.Http.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Abstractions;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.FunctionalTests.Infrastructure;

/// <summary>
/// The API over a real SQLite file with real migrations. A template database is migrated and
/// seeded once; before each test, SQLite's online backup copies it over the working database,
/// so every test starts from the same state in a few milliseconds. A second host can share another
/// factory's database (as two API instances share one database in production).
/// </summary>
public sealed class TalentMatchFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "Admin-Test-Password-1";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "talentmatch-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;
    private readonly bool _sharesDatabase;

    /// <param name="overrides">Settings on top of the test defaults.</param>
    /// <param name="environment">The host environment; Development and Production test environment-specific behaviour.</param>
    /// <param name="sharedDatabasePath">
    /// The database file of another factory to use as it is: this host neither initialises nor
    /// resets it (the owning factory does). Null: a database of its own.
    /// </param>
    public TalentMatchFactory(IDictionary<string, string?>? overrides = null, string environment = "Testing", string? sharedDatabasePath = null)
    {
        _environment = environment;
        _sharesDatabase = sharedDatabasePath is not null;
        Directory.CreateDirectory(_folder);
        DatabasePath = sharedDatabasePath ?? Path.Combine(_folder, "talentmatch.db");
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

            // No background reminders either: tests run the reminder command themselves.
            ["Aftercare:ReminderIntervalMinutes"] = "0",

            // Nor the coin expiry job: tests run it over HTTP for a day they choose.
            ["Coins:JobIntervalMinutes"] = "0",

            // Nor the retention job; and the access log is written when it is read (or at
            // shutdown), never while a reset copies the template over the database.
            ["Retention:JobIntervalMinutes"] = "0",
            ["AccessLog:FlushMilliseconds"] = "3600000",
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
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<SqlCommandLog>();
            services.ConfigureDbContext<SqliteTalentMatchDbContext>((p, o) => o.AddInterceptors(p.GetRequiredService<SqlCommandLog>()));
        });
    }

    /// <summary>The SQL commands of each request tagged with <see cref="SqlCommandLog.Header"/>.</summary>
    public SqlCommandLog Commands => Services.GetRequiredService<SqlCommandLog>();

    /// <summary>A client of this host signed in with the account's password.</summary>
    public async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var response = await CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        await response.ShouldHaveStatusAsync(System.Net.HttpStatusCode.OK);
        var token = (await response.JsonAsync()).GetProperty("accessToken").GetString();
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Migrates and seeds the database once, then keeps a copy as the template.</summary>
    public async Task InitialiseAsync()
    {
        EnsureOwnsDatabase();
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync();
        }

        // The token key goes into the template too: a reset must not take away the key this host
        // keeps signing with, or another host on the same database could not read its tokens.
        Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("TalentMatch.Tests.KeyRing").Protect("warm");

        await using var live = new SqliteConnection($"Data Source={DatabasePath}");
        await using var template = new SqliteConnection($"Data Source={TemplatePath}");
        await live.OpenAsync();
        await template.OpenAsync();
        live.BackupDatabase(template);
    }

    /// <summary>Restores the seeded state (catalogue, roles, admin) and forgets cached read models.</summary>
    public async Task ResetAsync()
    {
        EnsureOwnsDatabase();
        await using (var template = new SqliteConnection($"Data Source={TemplatePath}"))
        await using (var live = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            await template.OpenAsync();
            await live.OpenAsync();
            template.BackupDatabase(live);
        }

        InvalidateReadModels();
    }

    /// <summary>Forgets every cached read model, e.g. after another factory restored the shared database.</summary>
    public void InvalidateReadModels()
    {
        foreach (var cache in Services.GetServices<IReadModelCache>())
        {
            cache.Invalidate();
        }
    }

    private void EnsureOwnsDatabase()
    {
        if (_sharesDatabase)
        {
            throw new InvalidOperationException("This host shares another factory's database; that factory initialises and resets it.");
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
