using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Abstractions;

namespace TalentMatch.WebTests;

/// <summary>
/// The one host (API and web app) on a real Kestrel port, over a real SQLite file with the real
/// migrations and the Development demo data. The seeded database is kept as a template and copied
/// back before each test, so every test starts from the same demo.
/// </summary>
public sealed class WebAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "talentmatch-webtests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;

    public WebAppFactory()
    {
        Directory.CreateDirectory(_folder);
        DatabasePath = Path.Combine(_folder, "talentmatch.db");
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:TalentMatch"] = $"Data Source={DatabasePath}",
            ["Database:SeedDemoData"] = "true",
            ["Bootstrap:AdminEmail"] = "admin@webtests.local",
            ["Bootstrap:AdminPassword"] = "Admin-WebTests-2026",
            ["RateLimiting:AuthPermitsPerMinute"] = "100000",
            ["MatchIndex:RefreshSeconds"] = "0",
            ["Aftercare:ReminderIntervalMinutes"] = "0",
        };
        UseKestrel(0);
    }

    public string DatabasePath { get; }

    /// <summary>What the server logged lately, printed when a browser test fails.</summary>
    public RecentServerLog ServerLog { get; } = new();

    /// <summary>The address the app listens on, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    private string TemplatePath => Path.Combine(_folder, "template.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development: the demo data is seeded, as the README's run command does.
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging
            .AddProvider(ServerLog)
            .AddFilter<RecentServerLog>("Microsoft.AspNetCore.Hosting", LogLevel.Information));
    }

    /// <summary>Starts the server (which migrates and seeds) and keeps the seeded database as the template.</summary>
    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        using var live = new SqliteConnection($"Data Source={DatabasePath}");
        using var template = new SqliteConnection($"Data Source={TemplatePath}");
        live.Open();
        template.Open();
        live.BackupDatabase(template);
    }

    /// <summary>Restores the seeded demo (after writing any queued access-log entries) and forgets cached read models.</summary>
    public void Reset()
    {
        // Reads of the last test still queued for the access log are written now, into the database the restore replaces.
        Services.GetRequiredService<IAccessLog>().FlushAsync(CancellationToken.None).GetAwaiter().GetResult();
        using (var template = new SqliteConnection($"Data Source={TemplatePath}"))
        using (var live = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            template.Open();
            live.Open();
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
