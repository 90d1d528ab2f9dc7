using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Changes;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Profiles;

namespace TalentMatch.Infrastructure.Persistence;

/// <summary>
/// Adds a change-feed row for every profile, opportunity or catalogue change in the same
/// SaveChanges (and so the same transaction) as the change itself.
/// </summary>
internal sealed class ChangeFeedInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
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

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (entity, id) in changed)
        {
            context.Add(new ChangeRecord(entity, id, now));
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
        Competence or CompetenceBroader or CompetenceRelation => (ChangedEntity.Catalogue, Guid.Empty),
        _ => null,
    };
}
