using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.UnitTests.Persistence;

/// <summary>
/// Proves the SQL Server migrations and both migration sets match the model, without a server:
/// scripts are generated, never run.
/// </summary>
public sealed class MigrationScriptTests
{
    private static SqlServerTalentMatchDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerTalentMatchDbContext>().UseSqlServer("Server=none;Database=x;TrustServerCertificate=True").Options);

    private static SqliteTalentMatchDbContext Sqlite() =>
        new(new DbContextOptionsBuilder<SqliteTalentMatchDbContext>().UseSqlite("Data Source=:memory:").Options);

    [Test]
    public void SqlServerMigrations_GenerateTheFullSchema()
    {
        using var context = SqlServer();

        var migrationScript = context.GetService<IMigrator>().GenerateScript();
        var createScript = context.Database.GenerateCreateScript();
        File.WriteAllText(Path.Combine(TestContext.CurrentContext.WorkDirectory, "sqlserver-migrations.sql"), migrationScript);

        foreach (var script in new[] { migrationScript, createScript })
        {
            script.ShouldContain("CREATE TABLE [Profiles]");
            script.ShouldContain("CREATE TABLE [Opportunities]");
            script.ShouldContain("CREATE TABLE [Competences]");
            script.ShouldContain("CREATE UNIQUE INDEX [IX_Competences_EscoUri] ON [Competences] ([EscoUri]) WHERE [EscoUri] IS NOT NULL");
            script.ShouldContain("[EscoUri] nvarchar(256) NULL");
            script.ShouldContain("[DisplayName] nvarchar(100) NOT NULL");
            script.ShouldContain("[Postcode] nvarchar(4) NOT NULL");
            script.ShouldContain("[Title] nvarchar(200) NOT NULL");
            script.ShouldContain("CREATE UNIQUE INDEX [IX_Matches_OneOpenPerPair] ON [Matches] ([ProfileId], [OpportunityId]) WHERE [State] IN ('Shortlisted', 'Proposed', 'Offered', 'Accepted', 'Introduced', 'Placed')");
            script.ShouldContain("[LeaseUntil] datetime2 NULL");
        }

        migrationScript.ShouldContain("__EFMigrationsHistory");
    }

    [Test]
    public void SqlServerContext_HasNoPendingModelChanges()
    {
        using var context = SqlServer();

        context.Database.HasPendingModelChanges().ShouldBeFalse("The model changed: run scripts/add-migration.sh for both providers.");
    }

    [Test]
    public void SqliteContext_HasNoPendingModelChanges()
    {
        using var context = Sqlite();

        context.Database.HasPendingModelChanges().ShouldBeFalse("The model changed: run scripts/add-migration.sh for both providers.");
    }
}
