using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentMatch.Domain.Coins;
using TalentMatch.Domain.Organisations;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

// The ledger is append-only: nothing cascades into it. A wallet names a profile without a foreign
// key, so erasing a person leaves the ledger whole, with nothing in it that says who they were.
internal sealed class CoinAccountConfiguration : IEntityTypeConfiguration<CoinAccount>
{
    public void Configure(EntityTypeBuilder<CoinAccount> builder)
    {
        builder.ToTable("CoinAccounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.Kind, a.OwnerId }).IsUnique();
        builder.HasData(
            new { Id = CoinAccount.IssuanceId, Kind = CoinAccountKind.Issuance, OwnerId = (Guid?)null, Balance = 0L, Version = 0, CreatedAt = DateTime.UnixEpoch },
            new { Id = CoinAccount.HoldingId, Kind = CoinAccountKind.Holding, OwnerId = (Guid?)null, Balance = 0L, Version = 0, CreatedAt = DateTime.UnixEpoch },
            new { Id = CoinAccount.ExpiryId, Kind = CoinAccountKind.Expiry, OwnerId = (Guid?)null, Balance = 0L, Version = 0, CreatedAt = DateTime.UnixEpoch });
    }
}

internal sealed class CoinTransactionConfiguration : IEntityTypeConfiguration<CoinTransaction>
{
    public void Configure(EntityTypeBuilder<CoinTransaction> builder)
    {
        builder.ToTable("CoinTransactions");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Reason).HasMaxLength(CoinTransaction.MaxReasonLength);
        builder.Property(t => t.SourceKey).HasMaxLength(CoinTransaction.MaxSourceKeyLength);
        builder.HasOne<CoinAccount>().WithMany().HasForeignKey(t => t.DebitAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CoinAccount>().WithMany().HasForeignKey(t => t.CreditAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CoinTransaction>().WithOne().HasForeignKey<CoinTransaction>(t => t.ReversesTransactionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Entries).WithOne().HasForeignKey(e => e.TransactionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.SourceKey).IsUnique();
        builder.HasIndex(t => new { t.CreditAccountId, t.Kind, t.At });
        builder.HasIndex(t => new { t.Kind, t.At });
        builder.HasIndex(t => t.ReservationId);
    }
}

internal sealed class CoinEntryConfiguration : IEntityTypeConfiguration<CoinEntry>
{
    public void Configure(EntityTypeBuilder<CoinEntry> builder)
    {
        builder.ToTable("CoinEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<CoinAccount>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.AccountId, e.At });
    }
}

internal sealed class CoinOfferConfiguration : IEntityTypeConfiguration<CoinOffer>
{
    public void Configure(EntityTypeBuilder<CoinOffer> builder)
    {
        builder.ToTable("CoinOffers");
        builder.ConfigureAggregate();
        builder.Property(o => o.Title).HasMaxLength(CoinOffer.MaxTitleLength).IsRequired();
        builder.Property(o => o.Description).HasMaxLength(CoinOffer.MaxDescriptionLength);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.PartnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.PartnerOrganisationId, o.ValidUntil });
        builder.HasIndex(o => new { o.ValidUntil, o.Price });
    }
}

internal sealed class CoinReservationConfiguration : IEntityTypeConfiguration<CoinReservation>
{
    public void Configure(EntityTypeBuilder<CoinReservation> builder)
    {
        builder.ToTable("CoinReservations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Code).HasMaxLength(CoinReservation.CodeLength).IsRequired();
        builder.HasOne<CoinOffer>().WithMany().HasForeignKey(r => r.OfferId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CoinAccount>().WithMany().HasForeignKey(r => r.WalletAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.HasIndex(r => new { r.Status, r.ExpiresAt });
        builder.HasIndex(r => new { r.WalletAccountId, r.Status });
        builder.HasIndex(r => r.ProfileId);
    }
}

internal sealed class ProcessedRequestConfiguration : IEntityTypeConfiguration<ProcessedRequest>
{
    public void Configure(EntityTypeBuilder<ProcessedRequest> builder)
    {
        builder.ToTable("ProcessedRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Key).HasMaxLength(ProcessedRequest.MaxKeyLength).IsRequired();
        builder.Property(r => r.Operation).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Fingerprint).HasMaxLength(64).IsRequired();
        builder.Property(r => r.ResponseJson).IsRequired();
        builder.HasIndex(r => new { r.UserId, r.Key }).IsUnique();
        builder.HasIndex(r => r.CreatedAt);
    }
}
