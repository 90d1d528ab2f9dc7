using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentMatch.Domain.Catalogue;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

internal sealed class TitleMemoryConfiguration : IEntityTypeConfiguration<TitleMemoryEntry>
{
    public void Configure(EntityTypeBuilder<TitleMemoryEntry> builder)
    {
        builder.ToTable("TitleMemory");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.Title).HasMaxLength(TitleMemoryEntry.MaxTitleLength).IsRequired();
        builder.Property(e => e.Normalized).HasMaxLength(TitleMemoryEntry.MaxTitleLength).IsRequired();
        builder.Property(e => e.OccupationUri).HasMaxLength(256).IsRequired();

        // One row per folded title, occupation and source; a repeat raises the count.
        builder.HasIndex(e => new { e.Normalized, e.OccupationUri, e.Source }).IsUnique();
        builder.HasIndex(e => e.OccupationUri);
    }
}
