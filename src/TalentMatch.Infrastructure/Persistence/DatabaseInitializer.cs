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

        if (options.Value.SeedCatalogue)
        {
            await SeedCatalogueAsync(cancellationToken);
            await SeedTitleMemoryAsync(cancellationToken);
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

    /// <summary>Seeds the curated catalogue into an empty catalogue, or fills in what a database seeded earlier lacks.</summary>
    private async Task SeedCatalogueAsync(CancellationToken cancellationToken)
    {
        if (await db.Competences.AnyAsync(cancellationToken))
        {
            await ApplyCuratedReuseLevelsAsync(cancellationToken);
            return;
        }

        var batch = CuratedCatalogue.Load();
        var writer = new CatalogueWriter(db);
        var result = await transactions.RunAsync(ct => writer.WriteAsync(batch, null, ct), cancellationToken);
        logger.LogInformation(
            "Seeded the curated catalogue: {Competences} competences, {Occupations} occupations",
            result.CompetencesAdded,
            result.OccupationsAdded);
    }

    /// <summary>Seeds the title memory with the expert-mapped job titles shipped with the product, once.</summary>
    private async Task SeedTitleMemoryAsync(CancellationToken cancellationToken)
    {
        var seeded = await transactions.RunAsync(ct => SeedJobTitles.SeedAsync(db, DateTime.UtcNow, ct), cancellationToken);
        if (seeded > 0)
        {
            logger.LogInformation("Seeded the title memory with {Titles} expert-mapped job titles", seeded);
        }
    }

    /// <summary>
    /// A database seeded before the curated catalogue carried reuse levels gets them; a level the
    /// database already has (e.g. from an ESCO import or an admin) stays. Cheap on every other
    /// start: when no ESCO skill lacks a level, the curated file is not even read.
    /// </summary>
    private async Task ApplyCuratedReuseLevelsAsync(CancellationToken cancellationToken)
    {
        if (!await db.Competences.AnyAsync(c => c.EscoUri != null && !c.IsGroup && c.ReuseLevel == null, cancellationToken))
        {
            return;
        }

        var curated = CuratedCatalogue.Load().Competences
            .Where(c => c.ReuseLevel is not null)
            .ToDictionary(c => c.EscoUri, c => c.ReuseLevel!.Value, StringComparer.Ordinal);
        var uris = curated.Keys.ToList();
        var lacking = await db.Competences
            .Where(c => c.ReuseLevel == null && c.EscoUri != null && uris.Contains(c.EscoUri))
            .ToListAsync(cancellationToken);
        if (lacking.Count == 0)
        {
            return;
        }

        foreach (var competence in lacking)
        {
            competence.FillInReuseLevel(curated[competence.EscoUri!]);
        }

        // One save: the change feed records the catalogue change with it, so match indexes rebuild.
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Applied the curated reuse levels to {Count} competences", lacking.Count);
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
