namespace TalentMatch.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>`Database:*` configuration.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Sqlite (default, a file under the app's data folder) or SqlServer.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Seed the curated catalogue when the catalogue is empty.</summary>
    public bool SeedCatalogue { get; set; } = true;

    /// <summary>Seed fictitious demo data (only ever in Development).</summary>
    public bool SeedDemoData { get; set; } = true;
}
