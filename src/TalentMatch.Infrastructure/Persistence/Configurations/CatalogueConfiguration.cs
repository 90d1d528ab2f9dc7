using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentMatch.Domain.Catalogue;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

internal sealed class CompetenceConfiguration : IEntityTypeConfiguration<Competence>
{
    public void Configure(EntityTypeBuilder<Competence> builder)
    {
        builder.Property(c => c.EscoUri).HaveUri();
        builder.HasIndex(c => c.EscoUri).IsUnique();
        builder.HasMany(c => c.Labels).WithOne().HasForeignKey(l => l.CompetenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Broader).WithOne().HasForeignKey(b => b.CompetenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Related).WithOne().HasForeignKey(r => r.CompetenceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CompetenceLabelConfiguration : IEntityTypeConfiguration<CompetenceLabel>
{
    public void Configure(EntityTypeBuilder<CompetenceLabel> builder)
    {
        builder.ConfigureLabel();
        builder.HasIndex(l => new { l.CompetenceId, l.Language });
    }
}

internal sealed class CompetenceBroaderConfiguration : IEntityTypeConfiguration<CompetenceBroader>
{
    public void Configure(EntityTypeBuilder<CompetenceBroader> builder)
    {
        builder.HasKey(b => new { b.CompetenceId, b.BroaderId });
        builder.HasOne<Competence>().WithMany().HasForeignKey(b => b.BroaderId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(b => b.BroaderId);
    }
}

internal sealed class CompetenceRelationConfiguration : IEntityTypeConfiguration<CompetenceRelation>
{
    public void Configure(EntityTypeBuilder<CompetenceRelation> builder)
    {
        builder.HasKey(r => new { r.CompetenceId, r.RelatedId });
        builder.HasOne<Competence>().WithMany().HasForeignKey(r => r.RelatedId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(r => r.RelatedId);
    }
}

internal sealed class OccupationConfiguration : IEntityTypeConfiguration<Occupation>
{
    public void Configure(EntityTypeBuilder<Occupation> builder)
    {
        builder.Property(o => o.EscoUri).HaveUri();
        builder.HasIndex(o => o.EscoUri).IsUnique();
        builder.Property(o => o.IscoGroup).HasMaxLength(16);
        builder.HasMany(o => o.Labels).WithOne().HasForeignKey(l => l.OccupationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Competences).WithOne().HasForeignKey(c => c.OccupationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OccupationLabelConfiguration : IEntityTypeConfiguration<OccupationLabel>
{
    public void Configure(EntityTypeBuilder<OccupationLabel> builder)
    {
        builder.ConfigureLabel();
        builder.HasIndex(l => new { l.OccupationId, l.Language });
    }
}

internal sealed class OccupationCompetenceConfiguration : IEntityTypeConfiguration<OccupationCompetence>
{
    public void Configure(EntityTypeBuilder<OccupationCompetence> builder)
    {
        builder.HasKey(oc => new { oc.OccupationId, oc.CompetenceId });
        builder.HasOne<Competence>().WithMany().HasForeignKey(oc => oc.CompetenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(oc => oc.CompetenceId);
    }
}

internal static class LabelMapping
{
    public const int MaxLabelLength = 400;

    public static void ConfigureLabel<TLabel>(this EntityTypeBuilder<TLabel> builder)
        where TLabel : Label
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedOnAdd();
        builder.Property(l => l.Language).HasMaxLength(8).IsRequired();
        builder.Property(l => l.Text).HasMaxLength(MaxLabelLength).IsRequired();
        builder.Property(l => l.Normalized).HasMaxLength(MaxLabelLength).IsRequired();
    }

    public static PropertyBuilder<string?> HaveUri(this PropertyBuilder<string?> property) => property.HasMaxLength(256);
}
