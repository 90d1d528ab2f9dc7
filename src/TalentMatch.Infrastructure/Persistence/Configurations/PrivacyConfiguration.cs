using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentMatch.Domain.Privacy;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

// No foreign key to the profile: entries are written in batches, after the read, and erasure
// deletes them itself.
internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> builder)
    {
        builder.ToTable("AccessLog");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.ReaderRole).HasMaxLength(32).IsRequired();
        builder.Property(e => e.Route).HasMaxLength(AccessLogEntry.MaxRouteLength).IsRequired();
        builder.Property(e => e.Reason).HasMaxLength(32);
        builder.HasIndex(e => new { e.ProfileId, e.Id });
        builder.HasIndex(e => e.ReaderUserId);
    }
}

internal sealed class ErasureRecordConfiguration : IEntityTypeConfiguration<ErasureRecord>
{
    public void Configure(EntityTypeBuilder<ErasureRecord> builder)
    {
        builder.ToTable("Erasures");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => e.At);
    }
}
