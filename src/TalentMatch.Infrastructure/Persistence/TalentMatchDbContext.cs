using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Domain.Aftercare;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Changes;
using TalentMatch.Domain.Coins;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Notifications;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Organisations;
using TalentMatch.Domain.Privacy;
using TalentMatch.Domain.Profiles;
using TalentMatch.Domain.Volunteering;
using TalentMatch.Infrastructure.Identity;

namespace TalentMatch.Infrastructure.Persistence;

/// <summary>
/// The one model of TalentMatch. Each provider has a derived context that only exists to own
/// its migration set (see docs/adr/0003-two-migration-sets.md).
/// </summary>
public abstract class TalentMatchDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), ITalentMatchDbContext, IDataProtectionKeyContext
{
    /// <summary>Keys that protect bearer tokens, shared by every instance on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Competence> Competences => Set<Competence>();
    public DbSet<CompetenceLabel> CompetenceLabels => Set<CompetenceLabel>();
    public DbSet<CompetenceBroader> CompetenceBroaders => Set<CompetenceBroader>();
    public DbSet<CompetenceRelation> CompetenceRelations => Set<CompetenceRelation>();
    public DbSet<Occupation> Occupations => Set<Occupation>();
    public DbSet<OccupationLabel> OccupationLabels => Set<OccupationLabel>();
    public DbSet<OccupationCompetence> OccupationCompetences => Set<OccupationCompetence>();
    public DbSet<TitleMemoryEntry> TitleMemory => Set<TitleMemoryEntry>();
    public DbSet<TalentProfile> Profiles => Set<TalentProfile>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();
    public DbSet<Vacancy> Vacancies => Set<Vacancy>();
    public DbSet<VolunteerRequest> VolunteerRequests => Set<VolunteerRequest>();
    public DbSet<ChangeRecord> ChangeFeed => Set<ChangeRecord>();
    public DbSet<Match> Matches => Set<Match>();
    public DbSet<MatchTransition> MatchTransitions => Set<MatchTransition>();
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();
    public DbSet<Escalation> Escalations => Set<Escalation>();
    public DbSet<CoachAssignment> CoachAssignments => Set<CoachAssignment>();
    public DbSet<VolunteerHours> VolunteerHours => Set<VolunteerHours>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<CoinAccount> CoinAccounts => Set<CoinAccount>();
    public DbSet<CoinTransaction> CoinTransactions => Set<CoinTransaction>();
    public DbSet<CoinEntry> CoinEntries => Set<CoinEntry>();
    public DbSet<CoinOffer> CoinOffers => Set<CoinOffer>();
    public DbSet<CoinReservation> CoinReservations => Set<CoinReservation>();
    public DbSet<ProcessedRequest> ProcessedRequests => Set<ProcessedRequest>();
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();
    public DbSet<ErasureRecord> Erasures => Set<ErasureRecord>();

    public void ExpectConcurrencyStamp<TEntity>(TEntity entity, string stamp)
        where TEntity : class =>
        Entry(entity).Property(nameof(AggregateRoot.ConcurrencyStamp)).OriginalValue = stamp;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as readable strings: the database reads like the API.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<CefrLevel>().HaveConversion<CefrLevelConverter>();
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TalentMatchDbContext).Assembly);
    }
}

/// <summary>The SQLite model and migrations (the embedded default).</summary>
public sealed class SqliteTalentMatchDbContext(DbContextOptions<SqliteTalentMatchDbContext> options)
    : TalentMatchDbContext(options);

/// <summary>The SQL Server model and migrations (production).</summary>
public sealed class SqlServerTalentMatchDbContext(DbContextOptions<SqlServerTalentMatchDbContext> options)
    : TalentMatchDbContext(options);
