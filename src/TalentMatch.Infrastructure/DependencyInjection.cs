using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Places;
using TalentMatch.Infrastructure.Catalogue;
using TalentMatch.Infrastructure.Identity;
using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Infrastructure.Places;
using TalentMatch.Infrastructure.Privacy;
using TalentMatch.Infrastructure.Seed;

namespace TalentMatch.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateOnStart();

        // The provider decides what is registered below, so it is read now as well.
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();

        services.AddSingleton<Matching.LocalChanges>();
        services.AddSingleton<ChangeFeedInterceptor>();

        // Pooled contexts (the context holds no state of its own; its interceptor is a singleton):
        // a request leases one instead of building a context and its internal services.
        switch (options.Provider)
        {
            case DatabaseProvider.SqlServer:
                var sqlServer = configuration.GetConnectionString("TalentMatch")
                    ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:TalentMatch is not set.");
                services.AddDbContextPool<SqlServerTalentMatchDbContext>((p, o) => o.UseSqlServer(sqlServer, s => s.EnableRetryOnFailure()).AddInterceptors(p.GetRequiredService<ChangeFeedInterceptor>()));
                services.AddScoped<TalentMatchDbContext>(p => p.GetRequiredService<SqlServerTalentMatchDbContext>());
                break;
            default:
                var sqlite = configuration.GetConnectionString("TalentMatch") ?? DefaultSqliteConnection(environment);
                services.AddDbContextPool<SqliteTalentMatchDbContext>((p, o) => o.UseSqlite(sqlite).AddInterceptors(p.GetRequiredService<ChangeFeedInterceptor>(), new SqliteBusyTimeout()));
                services.AddScoped<TalentMatchDbContext>(p => p.GetRequiredService<SqliteTalentMatchDbContext>());
                break;
        }

        services.AddScoped<ITalentMatchDbContext>(p => p.GetRequiredService<TalentMatchDbContext>());
        services.AddScoped<ITransactionRunner, TransactionRunner>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<PeopleDemoSeeder>();
        services.AddScoped<IDemoDataSeeder, CoinsDemoSeeder>();
        services.AddScoped<CatalogueWriter>();
        services.AddScoped<Application.Features.Catalogue.ICatalogueImporter, EscoImporter>();
        services.AddSingleton<CatalogueImportJobs>();
        services.AddSingleton<Application.Features.Catalogue.ICatalogueImportJobs>(p => p.GetRequiredService<CatalogueImportJobs>());
        services.AddHostedService<CatalogueImportWorker>();
        services.AddSingleton<OccupationSearch>();
        services.AddSingleton<Application.Features.Catalogue.IOccupationSearch>(p => p.GetRequiredService<OccupationSearch>());
        services.AddSingleton<IReadModelCache>(p => p.GetRequiredService<OccupationSearch>());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PostcodeDirectory>(_ => PostcodeTable.Load());

        services
            .AddIdentityCore<ApplicationUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // Length over composition rules (NIST SP 800-63B): easier for people who rarely type passwords.
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<TalentMatchDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<TalentMatchClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddSingleton<Matching.MatchReadModel>();
        services.AddSingleton<IMatchReadModel>(p => p.GetRequiredService<Matching.MatchReadModel>());
        services.AddSingleton<IReadModelCache>(p => p.GetRequiredService<Matching.MatchReadModel>());
        services.AddHealthChecks().AddCheck<Health.ReadinessCheck>("database-and-match-index", tags: [Health.ReadinessCheck.Tag]);
        services.AddNotificationEmail();
        services.AddAccessLog();
        return services;
    }

    /// <summary>E-mails the notification outbox (`Notifications:Email:*`, off by default; validated at start when on).</summary>
    private static void AddNotificationEmail(this IServiceCollection services)
    {
        services.AddOptions<Notifications.EmailOptions>().BindConfiguration(Notifications.EmailOptions.SectionName).ValidateWith(o => o.Validate()).ValidateOnStart();
        services.AddSingleton<INotificationSender, Notifications.SmtpNotificationSender>();
        services.AddScoped<Notifications.NotificationDispatcher>();
        services.AddHostedService<Notifications.NotificationDispatchService>();
    }

    /// <summary>Warms the match read model at start-up and polls the change feed (`MatchIndex:RefreshSeconds`, 0 = off).</summary>
    public static IServiceCollection AddMatchIndexRefresh(this IServiceCollection services)
    {
        services.AddOptions<Matching.MatchIndexOptions>().BindConfiguration(Matching.MatchIndexOptions.SectionName).ValidateOnStart();
        services.AddHostedService<Matching.MatchReadModelRefresher>();
        return services;
    }

    /// <summary>Sends check-in reminders in the background (`Aftercare:ReminderIntervalMinutes`, 0 = off).</summary>
    public static IServiceCollection AddCheckInReminders(this IServiceCollection services)
    {
        services.AddHostedService<Aftercare.CheckInReminderService>();
        return services;
    }

    /// <summary>Keeps token keys in the database, so every instance accepts every other instance's tokens.</summary>
    public static IServiceCollection AddDatabaseKeyStore(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("TalentMatch").PersistKeysToDbContext<TalentMatchDbContext>();
        return services;
    }

    /// <summary>`Data Source={content root}/data/talentmatch.db`, creating the folder.</summary>
    private static string DefaultSqliteConnection(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "talentmatch.db")}";
    }
}
