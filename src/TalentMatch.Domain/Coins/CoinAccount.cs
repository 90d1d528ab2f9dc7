using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Coins;

/// <summary>Whose coins an account holds.</summary>
public enum CoinAccountKind
{
    /// <summary>The city's account that issues coins; the only account whose balance goes below zero.</summary>
    Issuance = 1,

    /// <summary>A person's wallet (one per profile).</summary>
    Wallet = 2,

    /// <summary>A partner organisation's account: the coins of the codes it redeemed.</summary>
    Partner = 3,

    /// <summary>Coins held for open reservations, until they are redeemed or released.</summary>
    Holding = 4,

    /// <summary>Where expired coins go.</summary>
    Expiry = 5,
}

/// <summary>
/// An account of the coin ledger. Its balance is the sum of its entries; the cached
/// <see cref="Balance"/> moves only with an entry, and <see cref="Version"/> counts them, so a
/// concurrent write to the same account is refused rather than lost.
/// </summary>
public class CoinAccount : Entity
{
    /// <summary>The city's issuance account (fixed id, created by the migration).</summary>
    public static readonly Guid IssuanceId = Guid.Parse("00000000-0000-7000-8000-00000000c011");

    /// <summary>The account that holds reserved coins (fixed id, created by the migration).</summary>
    public static readonly Guid HoldingId = Guid.Parse("00000000-0000-7000-8000-00000000c012");

    /// <summary>The account expired coins go to (fixed id, created by the migration).</summary>
    public static readonly Guid ExpiryId = Guid.Parse("00000000-0000-7000-8000-00000000c013");

    private CoinAccount()
    {
    }

    private CoinAccount(Guid id, CoinAccountKind kind, Guid? ownerId, DateTime now)
    {
        Id = id;
        Kind = kind;
        OwnerId = ownerId;
        CreatedAt = now;
    }

    public CoinAccountKind Kind { get; private set; }

    /// <summary>The profile of a wallet or the organisation of a partner; null for the city's accounts.</summary>
    public Guid? OwnerId { get; private set; }

    public long Balance { get; private set; }

    /// <summary>How many entries moved this account; a concurrency token.</summary>
    public int Version { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static CoinAccount Issuance() => new(IssuanceId, CoinAccountKind.Issuance, null, DateTime.UnixEpoch);

    public static CoinAccount Holding() => new(HoldingId, CoinAccountKind.Holding, null, DateTime.UnixEpoch);

    public static CoinAccount Expiry() => new(ExpiryId, CoinAccountKind.Expiry, null, DateTime.UnixEpoch);

    public static CoinAccount WalletOf(Guid profileId, DateTime now) => new(Guid.CreateVersion7(), CoinAccountKind.Wallet, profileId, now);

    public static CoinAccount PartnerOf(Guid organisationId, DateTime now) => new(Guid.CreateVersion7(), CoinAccountKind.Partner, organisationId, now);

    /// <summary>Whether the balance may go below zero: only the city's issuance account.</summary>
    public bool MayGoNegative => Kind == CoinAccountKind.Issuance;

    /// <summary>Takes coins out, or refuses (409, stating the balance) when too few are left.</summary>
    internal void Debit(long amount)
    {
        if (!MayGoNegative && Balance < amount)
        {
            throw new DomainRuleException(
                DomainMessages.CoinsInsufficient,
                new Dictionary<string, object?> { ["balance"] = Balance, ["required"] = amount },
                Balance,
                amount);
        }

        Balance -= amount;
        Version++;
    }

    internal void Credit(long amount)
    {
        Balance += amount;
        Version++;
    }
}
