using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Profiles;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

internal sealed class TalentProfileConfiguration : IEntityTypeConfiguration<TalentProfile>
{
    public void Configure(EntityTypeBuilder<TalentProfile> builder)
    {
        builder.ToTable("Profiles");
        builder.ConfigureAggregate();
        builder.Property(p => p.DisplayName).HasMaxLength(100).IsRequired();
        builder.Property(p => p.Postcode).HasMaxLength(4).IsRequired();
        builder.Property(p => p.Email).HasMaxLength(256);
        builder.Property(p => p.Phone).HasMaxLength(32);
        builder.Property(p => p.ClaimCodeHash).HasMaxLength(64);
        builder.HasIndex(p => p.OwnerUserId).IsUnique();
        builder.HasIndex(p => p.CoachUserId);
        builder.HasMany(p => p.Competences).WithOne().HasForeignKey(c => c.ProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Languages).WithOne().HasForeignKey(l => l.ProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Experiences).WithOne().HasForeignKey(e => e.ProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProfileCompetenceConfiguration : IEntityTypeConfiguration<ProfileCompetence>
{
    public void Configure(EntityTypeBuilder<ProfileCompetence> builder)
    {
        builder.ToTable("ProfileCompetences");
        builder.HasKey(c => new { c.ProfileId, c.CompetenceId });
        builder.HasOne<Competence>().WithMany().HasForeignKey(c => c.CompetenceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Note).HasMaxLength(500);
        builder.HasIndex(c => c.CompetenceId);
    }
}

internal sealed class ProfileLanguageConfiguration : IEntityTypeConfiguration<ProfileLanguage>
{
    public void Configure(EntityTypeBuilder<ProfileLanguage> builder)
    {
        builder.ToTable("ProfileLanguages");
        builder.HasKey(l => new { l.ProfileId, l.Code });
        builder.Property(l => l.Code).HasMaxLength(2);
    }
}

internal sealed class ProfileExperienceConfiguration : IEntityTypeConfiguration<ProfileExperience>
{
    public void Configure(EntityTypeBuilder<ProfileExperience> builder)
    {
        builder.ToTable("ProfileExperiences");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<Occupation>().WithMany().HasForeignKey(e => e.OccupationId).OnDelete(DeleteBehavior.Restrict);
    }
}
