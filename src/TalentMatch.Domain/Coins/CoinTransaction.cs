using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Coins;

/// <summary>Why coins moved.</summary>
public enum CoinTransactionKind
{
    /// <summary>Issued for confirmed neighbourhood hours.</summary>
    Earn = 1,

    /// <summary>Issued by a coordinator for other neighbourhood work, with a reason.</summary>
    Award = 2,

    /// <summary>Held from a wallet for a reservation.</summary>
    Reserve = 3,

    /// <summary>Paid from the holding account to the partner that redeemed the code.</summary>
    Redeem = 4,

    /// <summary>Given back to the wallet: the reservation was cancelled or expired.</summary>
    Release = 5,

    /// <summary>Coins older than the expiry period, taken out of a wallet.</summary>
    Expire = 6,

    /// <summary>Undoes an earlier transaction, with a reason and who made it.</summary>
    Reversal = 7,
}

/// <summary>
/// One movement of coins from one account to another: two entries that add up to zero. A
/// transaction is never changed or deleted; a correction is a <see cref="CoinTransactionKind.Reversal"/>.
/// </summary>
public class CoinTransaction : Entity
{
    /// <summary>The largest amount one transaction moves.</summary>
    public const long MaxAmount = 10_000;

    public const int MaxReasonLength = 500;
    public const int MaxSourceKeyLength = 200;

    private static readonly CoinTransactionKind[] Reversible = [CoinTransactionKind.Earn, CoinTransactionKind.Award];

    private CoinTransaction()
    {
    }

    private CoinTransaction(CoinTransactionKind kind, CoinAccount from, CoinAccount to, long amount, Guid? byUserId, DateTime now, string? reason, string? sourceKey)
    {
        if (amount is <= 0 or > MaxAmount)
        {
            throw new DomainRuleException(DomainMessages.CoinAmountRange, MaxAmount);
        }

        if (from.Id == to.Id)
        {
            throw new ArgumentException("A transaction moves coins between two accounts.", nameof(to));
        }

        from.Debit(amount);
        to.Credit(amount);
        Kind = kind;
        Amount = amount;
        DebitAccountId = from.Id;
        CreditAccountId = to.Id;
        ByUserId = byUserId;
        At = now;
        Reason = reason;
        SourceKey = sourceKey;
        Entries = [new CoinEntry(Id, from.Id, -amount, now), new CoinEntry(Id, to.Id, amount, now)];
    }

    public CoinTransactionKind Kind { get; private set; }
    public long Amount { get; private set; }

    /// <summary>The account the coins left.</summary>
    public Guid DebitAccountId { get; private set; }

    /// <summary>The account the coins went to.</summary>
    public Guid CreditAccountId { get; private set; }

    /// <summary>Who made it; null for the expiry job.</summary>
    public Guid? ByUserId { get; private set; }

    public DateTime At { get; private set; }
    public string? Reason { get; private set; }

    /// <summary>What caused it, unique over the ledger (e.g. the confirmed hours), so the same cause never moves coins twice.</summary>
    public string? SourceKey { get; private set; }

    /// <summary>The reservation this transaction holds, pays or releases.</summary>
    public Guid? ReservationId { get; private set; }

    /// <summary>The transaction this one reverses (unique: a transaction is reversed at most once).</summary>
    public Guid? ReversesTransactionId { get; private set; }

    public List<CoinEntry> Entries { get; private set; } = [];

    public bool IsReversible => Reversible.Contains(Kind);

    /// <summary>Issues coins for confirmed hours into a wallet.</summary>
    public static CoinTransaction Earn(CoinAccount issuance, CoinAccount wallet, long amount, Guid confirmedByUserId, DateTime now, string sourceKey) =>
        new(CoinTransactionKind.Earn, Require(issuance, CoinAccountKind.Issuance), Require(wallet, CoinAccountKind.Wallet), amount, confirmedByUserId, now, null, sourceKey);

    /// <summary>A coordinator issues coins for other neighbourhood work; the reason is required.</summary>
    public static CoinTransaction Award(CoinAccount issuance, CoinAccount wallet, long amount, string reason, Guid byUserId, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException(DomainMessages.CoinReasonRequired);
        }

        return new(CoinTransactionKind.Award, Require(issuance, CoinAccountKind.Issuance), Require(wallet, CoinAccountKind.Wallet), amount, byUserId, now, reason.Trim(), null);
    }

    /// <summary>Takes coins older than the expiry period out of a wallet, once per wallet and day.</summary>
    public static CoinTransaction Expire(CoinAccount wallet, CoinAccount expiry, long amount, DateOnly runDate, DateTime now) =>
        new(CoinTransactionKind.Expire, Require(wallet, CoinAccountKind.Wallet), Require(expiry, CoinAccountKind.Expiry), amount, null, now, null, $"expiry:{wallet.Id}:{runDate:yyyy-MM-dd}");

    /// <summary>
    /// Undoes an earned or awarded transaction: the same amount back from the account it went to.
    /// Refused when the coins were spent already (too few coins), or it was reversed before (the
    /// caller checks that; the database holds one reversal per transaction).
    /// </summary>
    public CoinTransaction Reverse(CoinAccount debited, CoinAccount credited, string reason, Guid byUserId, DateTime now)
    {
        if (!IsReversible)
        {
            throw new DomainRuleException(DomainMessages.CoinTransactionNotReversible);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException(DomainMessages.CoinReasonRequired);
        }

        if (debited.Id != DebitAccountId || credited.Id != CreditAccountId)
        {
            throw new ArgumentException("Reverse with the accounts of the original transaction.");
        }

        return new CoinTransaction(CoinTransactionKind.Reversal, credited, debited, Amount, byUserId, now, reason.Trim(), null)
        {
            ReversesTransactionId = Id,
        };
    }

    internal static CoinTransaction ForReservation(CoinTransactionKind kind, CoinAccount from, CoinAccount to, long amount, Guid reservationId, Guid? byUserId, DateTime now) =>
        new(kind, from, to, amount, byUserId, now, null, null) { ReservationId = reservationId };

    internal static CoinAccount Require(CoinAccount account, CoinAccountKind kind) =>
        account.Kind == kind ? account : throw new ArgumentException($"Expected the {kind} account, got a {account.Kind} account.", nameof(account));
}

/// <summary>One side of a transaction: a signed amount on one account (negative leaves it, positive enters it).</summary>
public class CoinEntry
{
    private CoinEntry()
    {
    }

    internal CoinEntry(Guid transactionId, Guid accountId, long amount, DateTime at)
    {
        TransactionId = transactionId;
        AccountId = accountId;
        Amount = amount;
        At = at;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TransactionId { get; private set; }
    public Guid AccountId { get; private set; }
    public long Amount { get; private set; }
    public DateTime At { get; private set; }
}
