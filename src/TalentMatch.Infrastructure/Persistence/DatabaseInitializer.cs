using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;
using TalentMatch.Domain.Common;
using TalentMatch.Infrastructure.Catalogue;
using TalentMatch.Infrastructure.Identity;
using TalentMatch.Infrastructure.Seed;

namespace TalentMatch.Infrastructure.Persistence;

/// <summary>
/// Brings the database up to date at start-up: migrations, roles, the bootstrap admin, the
/// curated catalogue and — in Development only — demo data.
/// </summary>
public sealed class DatabaseInitializer(
    TalentMatchDbContext db,
    RoleManager<IdentityRole<Guid>> roles,
    IIdentityService identity,
    ITransactionRunner transactions,
    IOptions<DatabaseOptions> options,
    IConfiguration configuration,
    IHostEnvironment environment,
    IServiceProvider services,
    ILogger<DatabaseInitializer> logger)
{
    /// <summary>Migrates (when configured, or when <paramref name="forceMigrate"/>), then seeds what is missing.</summary>
    public async Task InitialiseAsync(bool forceMigrate = false, CancellationToken cancellationToken = default)
    {
        if (options.Value.MigrateOnStartup || forceMigrate)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            }

            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers run while a writer commits.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
            }
        }

        await BootstrapAdminAsync(cancellationToken);

        if (options.Value.SeedCatalogue && !await db.Competences.AnyAsync(cancellationToken))
        {
            var batch = CuratedCatalogue.Load();
            var writer = new CatalogueWriter(db);
            var result = await transactions.RunAsync(ct => writer.WriteAsync(batch, null, ct), cancellationToken);
            logger.LogInformation(
                "Seeded the curated catalogue: {Competences} competences, {Occupations} occupations",
                result.CompetencesAdded,
                result.OccupationsAdded);
        }

        if (options.Value.SeedDemoData && environment.IsDevelopment())
        {
            var demo = services.GetService<IDemoDataSeeder>();
            if (demo is not null)
            {
                await demo.SeedAsync(cancellationToken);
            }
        }
    }

    private async Task BootstrapAdminAsync(CancellationToken cancellationToken)
    {
        var email = configuration["Bootstrap:AdminEmail"];
        var password = configuration["Bootstrap:AdminPassword"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            logger.LogWarning("No Bootstrap:AdminEmail/AdminPassword configured: no admin account is created.");
            return;
        }

        if (await db.Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant(), cancellationToken))
        {
            return;
        }

        await identity.CreateUserAsync(email, password, Roles.Admin, null, cancellationToken);
        logger.LogInformation("Created the bootstrap admin account {Email}", email);
    }
}

/// <summary>Seeds fictitious demo data; registered by the host, run only in Development.</summary>
public interface IDemoDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
