using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Changes;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Profiles;
using TalentMatch.Infrastructure.Matching;

namespace TalentMatch.Infrastructure.Persistence;

/// <summary>
/// Adds a change-feed row for every profile, opportunity or catalogue change in the same
/// SaveChanges (and so the same transaction) as the change itself. Once that transaction has
/// committed, it tells this instance: the match read model catches up before its next query
/// (<see cref="LocalChanges"/>), and a catalogue change clears the label cache.
/// </summary>
internal sealed class ChangeFeedInterceptor(TimeProvider clock, LocalChanges localChanges, CatalogueLabelCache labels)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>Contexts that recorded feed rows not yet committed: whether one is a catalogue change.</summary>
    private readonly ConditionalWeakTable<DbContext, StrongBox<bool>> _uncommitted = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SavedOutsideTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SavedOutsideTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Without a transaction of the caller's, SaveChanges has committed its own by now.</summary>
    private void SavedOutsideTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Committed(context);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is null || !_uncommitted.TryGetValue(context, out var catalogue))
        {
            return;
        }

        _uncommitted.Remove(context);
        if (catalogue.Value)
        {
            labels.Invalidate();
        }

        localChanges.Committed();
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _uncommitted.Remove(context);
        }
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var changed = new HashSet<(ChangedEntity, Guid)>();
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            if (Classify(entry) is { } change)
            {
                changed.Add(change);
            }
        }

        // A feed row written by hand (an erasure's anonymous row) is a change this instance must see too.
        if (context.ChangeTracker.Entries<ChangeRecord>().Any(e => e.State == EntityState.Added))
        {
            _uncommitted.GetValue(context, _ => new StrongBox<bool>());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (entity, id) in changed)
        {
            context.Add(new ChangeRecord(entity, id, now));
            var catalogue = _uncommitted.GetValue(context, _ => new StrongBox<bool>());
            catalogue.Value |= entity == ChangedEntity.Catalogue;
        }
    }

    private static (ChangedEntity, Guid)? Classify(EntityEntry entry) => entry.Entity switch
    {
        TalentProfile p => (ChangedEntity.Profile, p.Id),
        ProfileCompetence c => (ChangedEntity.Profile, c.ProfileId),
        ProfileLanguage l => (ChangedEntity.Profile, l.ProfileId),
        ProfileExperience e => (ChangedEntity.Profile, e.ProfileId),
        Opportunity o => (ChangedEntity.Opportunity, o.Id),
        OpportunityRequirement r => (ChangedEntity.Opportunity, r.OpportunityId),
        OpportunityLanguage l => (ChangedEntity.Opportunity, l.OpportunityId),
        Competence or CompetenceBroader or CompetenceRelation or Occupation or OccupationCompetence or Label => (ChangedEntity.Catalogue, Guid.Empty),
        _ => null,
    };
}
