using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Aftercare;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Changes;
using TalentMatch.Domain.Coins;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Notifications;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Organisations;
using TalentMatch.Domain.Privacy;
using TalentMatch.Domain.Profiles;
using TalentMatch.Domain.Volunteering;

namespace TalentMatch.Application.Abstractions;

/// <summary>
/// The unit of work handlers use directly. There is no repository layer: EF Core's DbSet
/// already is one (see docs/adr/0004-no-repositories.md).
/// </summary>
public interface ITalentMatchDbContext
{
    DbSet<Competence> Competences { get; }
    DbSet<CompetenceLabel> CompetenceLabels { get; }
    DbSet<CompetenceBroader> CompetenceBroaders { get; }
    DbSet<CompetenceRelation> CompetenceRelations { get; }
    DbSet<Occupation> Occupations { get; }
    DbSet<OccupationLabel> OccupationLabels { get; }
    DbSet<OccupationCompetence> OccupationCompetences { get; }
    DbSet<TitleMemoryEntry> TitleMemory { get; }
    DbSet<TalentProfile> Profiles { get; }
    DbSet<Organisation> Organisations { get; }
    DbSet<Opportunity> Opportunities { get; }
    DbSet<Vacancy> Vacancies { get; }
    DbSet<VolunteerRequest> VolunteerRequests { get; }
    DbSet<ChangeRecord> ChangeFeed { get; }
    DbSet<Match> Matches { get; }
    DbSet<MatchTransition> MatchTransitions { get; }
    DbSet<CheckIn> CheckIns { get; }
    DbSet<Escalation> Escalations { get; }
    DbSet<CoachAssignment> CoachAssignments { get; }
    DbSet<VolunteerHours> VolunteerHours { get; }
    DbSet<Notification> Notifications { get; }
    DbSet<CoinAccount> CoinAccounts { get; }
    DbSet<CoinTransaction> CoinTransactions { get; }
    DbSet<CoinEntry> CoinEntries { get; }
    DbSet<CoinOffer> CoinOffers { get; }
    DbSet<CoinReservation> CoinReservations { get; }
    DbSet<ProcessedRequest> ProcessedRequests { get; }
    DbSet<AccessLogEntry> AccessLog { get; }
    DbSet<ErasureRecord> Erasures { get; }

    /// <summary>Sets the concurrency stamp the client last saw (from If-Match), so EF refuses a stale write.</summary>
    void ExpectConcurrencyStamp<TEntity>(TEntity entity, string stamp)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
