using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentMatch.Domain.Aftercare;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Notifications;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Profiles;
using TalentMatch.Domain.Volunteering;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

// Deleting a profile removes everything about the person (matches, their history, check-ins,
// hours, coach history): the person keeps control of their data. Opportunities with matches or
// hours cannot be deleted (409); close them instead.
internal sealed class MatchConfiguration : IEntityTypeConfiguration<Match>
{
    public const string OpenMatchIndex = "IX_Matches_OneOpenPerPair";

    public void Configure(EntityTypeBuilder<Match> builder)
    {
        builder.ToTable("Matches");
        builder.ConfigureAggregate();
        builder.Property(m => m.ExplanationJson).IsRequired();
        builder.Property(m => m.Reason).HasMaxLength(Match.MaxReasonLength);
        builder.Property(m => m.OutcomeReason).HasMaxLength(Match.MaxReasonLength);
        builder.Property(m => m.DisclosedFields).HasConversion<int>();
        builder.HasOne<TalentProfile>().WithMany().HasForeignKey(m => m.ProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Opportunity>().WithMany().HasForeignKey(m => m.OpportunityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.History).WithOne().HasForeignKey(t => t.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ProfileId, m.OpportunityId });

        // One open match per person and opportunity, also when two matchmakers create it at once.
        builder.HasIndex(m => new { m.ProfileId, m.OpportunityId }, OpenMatchIndex)
            .IsUnique()
            .HasFilter($"[State] IN ({string.Join(", ", Match.OpenStates.Select(s => $"'{s}'"))})");
        builder.HasIndex(m => m.OpportunityId);
        builder.HasIndex(m => m.MatchmakerUserId);
        builder.HasIndex(m => new { m.State, m.StateChangedAt });
    }
}

internal sealed class MatchTransitionConfiguration : IEntityTypeConfiguration<MatchTransition>
{
    public void Configure(EntityTypeBuilder<MatchTransition> builder)
    {
        builder.ToTable("MatchTransitions");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Reason).HasMaxLength(Match.MaxReasonLength);
        builder.HasIndex(t => new { t.MatchId, t.At });
    }
}

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.ToTable("CheckIns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Offset).HasMaxLength(8).IsRequired();
        builder.Property(c => c.Notes).HasMaxLength(CheckIn.MaxNotesLength);
        builder.Property(c => c.Actions).HasMaxLength(CheckIn.MaxNotesLength);
        builder.Property(c => c.ConcurrencyStamp).HasMaxLength(32).IsConcurrencyToken();
        builder.HasOne<Match>().WithMany().HasForeignKey(c => c.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.MatchId, c.DueOn });
        builder.HasIndex(c => new { c.ProfileId, c.DueOn });
        builder.HasIndex(c => new { c.CompletedAt, c.DueOn });
    }
}

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Escalation> builder)
    {
        builder.ToTable("Escalations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Resolution).HasMaxLength(Escalation.MaxResolutionLength);
        builder.Property(e => e.ConcurrencyStamp).HasMaxLength(32).IsConcurrencyToken();

        // Only the match cascades: SQL Server refuses two cascade paths to one table.
        builder.HasOne<Match>().WithMany().HasForeignKey(e => e.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.CheckInId);
        builder.HasIndex(e => new { e.MatchmakerUserId, e.ResolvedAt });
    }
}

internal sealed class CoachAssignmentConfiguration : IEntityTypeConfiguration<CoachAssignment>
{
    public void Configure(EntityTypeBuilder<CoachAssignment> builder)
    {
        builder.ToTable("CoachAssignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Reason).HasMaxLength(Match.MaxReasonLength);
        builder.HasOne<TalentProfile>().WithMany().HasForeignKey(a => a.ProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ProfileId, a.AssignedAt });
    }
}

internal sealed class VolunteerHoursConfiguration : IEntityTypeConfiguration<VolunteerHours>
{
    public void Configure(EntityTypeBuilder<VolunteerHours> builder)
    {
        builder.ToTable("VolunteerHours");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.ConcurrencyStamp).HasMaxLength(32).IsConcurrencyToken();
        builder.HasOne<TalentProfile>().WithMany().HasForeignKey(h => h.ProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Opportunity>().WithMany().HasForeignKey(h => h.VolunteerRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.VolunteerRequestId, h.Date });
        builder.HasIndex(h => new { h.ProfileId, h.ConfirmedAt });
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.LastSendError).HasMaxLength(500);
        builder.Property(n => n.ClaimedBy).HasMaxLength(32);
        builder.HasIndex(n => new { n.RecipientUserId, n.CreatedAt });
        builder.HasIndex(n => new { n.SentAt, n.SendAttempts });
    }
}
