using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Organisations;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.ToTable("Opportunities");
        builder.ConfigureAggregate();
        builder.HasDiscriminator<string>("Discriminator")
            .HasValue<Vacancy>(nameof(OpportunityKind.Job))
            .HasValue<VolunteerRequest>(nameof(OpportunityKind.Volunteering));
        builder.Property<string>("Discriminator").HasMaxLength(16);
        builder.Ignore(o => o.Kind);
        builder.Ignore(o => o.Hours);
        builder.Property(o => o.Title).HasMaxLength(200).IsRequired();
        builder.Property(o => o.Description).HasMaxLength(4000).IsRequired();
        builder.Property(o => o.Postcode).HasMaxLength(4).IsRequired();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.Status);
        builder.HasMany(o => o.Requirements).WithOne().HasForeignKey(r => r.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Languages).WithOne().HasForeignKey(l => l.OpportunityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VacancyConfiguration : IEntityTypeConfiguration<Vacancy>
{
    public void Configure(EntityTypeBuilder<Vacancy> builder) =>
        builder.HasOne<Occupation>().WithMany().HasForeignKey(v => v.OccupationId).OnDelete(DeleteBehavior.Restrict);
}

internal sealed class VolunteerRequestConfiguration : IEntityTypeConfiguration<VolunteerRequest>
{
    public void Configure(EntityTypeBuilder<VolunteerRequest> builder) =>
        builder.Property(v => v.RequesterName).HasMaxLength(100);
}

internal sealed class OpportunityRequirementConfiguration : IEntityTypeConfiguration<OpportunityRequirement>
{
    public void Configure(EntityTypeBuilder<OpportunityRequirement> builder)
    {
        builder.ToTable("OpportunityRequirements");
        builder.HasKey(r => new { r.OpportunityId, r.CompetenceId });
        builder.HasOne<Competence>().WithMany().HasForeignKey(r => r.CompetenceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.CompetenceId);
    }
}

internal sealed class OpportunityLanguageConfiguration : IEntityTypeConfiguration<OpportunityLanguage>
{
    public void Configure(EntityTypeBuilder<OpportunityLanguage> builder)
    {
        builder.ToTable("OpportunityLanguages");
        builder.HasKey(l => new { l.OpportunityId, l.Code });
        builder.Property(l => l.Code).HasMaxLength(2);
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ConfigureAggregate();
        builder.Property(o => o.Name).HasMaxLength(200).IsRequired();
        builder.Property(o => o.NormalizedName).HasMaxLength(200).IsRequired();
        builder.Property(o => o.Postcode).HasMaxLength(4).IsRequired();
        builder.Property(o => o.Email).HasMaxLength(256);
        builder.Property(o => o.Phone).HasMaxLength(32);
        builder.Property(o => o.Website).HasMaxLength(300);
        builder.Property(o => o.Description).HasMaxLength(2000);
        builder.HasIndex(o => new { o.NormalizedName, o.Postcode }).IsUnique();
    }
}

internal static class AggregateMapping
{
    public static void ConfigureAggregate<T>(this EntityTypeBuilder<T> builder)
        where T : AggregateRoot
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ConcurrencyStamp).HasMaxLength(32).IsConcurrencyToken();
    }
}
