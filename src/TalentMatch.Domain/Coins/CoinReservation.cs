using System.Security.Cryptography;
using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Coins;

/// <summary>Where a reservation stands: reserved, then redeemed once, or released (cancelled or expired).</summary>
public enum CoinReservationStatus
{
    Reserved = 1,
    Redeemed = 2,
    Cancelled = 3,
    Expired = 4,
}

/// <summary>
/// A person reserved an offer: the price is held from their wallet, and they get a one-time
/// code to show at the partner's till. The partner redeems it once; an unredeemed reservation is
/// cancelled by the person or expires, and the coins go back to the wallet.
/// </summary>
public class CoinReservation : Entity
{
    public const int CodeLength = 10;

    // No 0/O, 1/I/L: a code read aloud or typed at a till is not mistaken.
    private const string CodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private CoinReservation()
    {
    }

    private CoinReservation(CoinOffer offer, CoinAccount wallet, Guid byUserId, DateTime now, DateTime expiresAt)
    {
        OfferId = offer.Id;
        PartnerOrganisationId = offer.PartnerOrganisationId;
        WalletAccountId = wallet.Id;
        ProfileId = wallet.OwnerId ?? throw new ArgumentException("A wallet has an owner.", nameof(wallet));
        Price = offer.Price;
        Code = NewCode();
        Status = CoinReservationStatus.Reserved;
        ReservedAt = now;
        ReservedByUserId = byUserId;
        ExpiresAt = expiresAt;
    }

    public Guid OfferId { get; private set; }
    public Guid PartnerOrganisationId { get; private set; }
    public Guid WalletAccountId { get; private set; }
    public Guid ProfileId { get; private set; }
    public long Price { get; private set; }

    /// <summary>The one-time redemption code (also in the QR code).</summary>
    public string Code { get; private set; } = "";

    public CoinReservationStatus Status { get; private set; }
    public DateTime ReservedAt { get; private set; }
    public Guid ReservedByUserId { get; private set; }
    public DateTime ExpiresAt { get; private set; }

    /// <summary>When it was redeemed, cancelled or expired.</summary>
    public DateTime? ClosedAt { get; private set; }

    /// <summary>Who redeemed or cancelled it (null when it expired).</summary>
    public Guid? ClosedByUserId { get; private set; }

    public bool IsOpen => Status == CoinReservationStatus.Reserved;

    /// <summary>
    /// Reserves one of the offer: takes it from the stock and holds the price from the wallet (409
    /// when the offer ended, is out of stock, or the wallet has too few coins).
    /// </summary>
    public static (CoinReservation Reservation, CoinTransaction Hold) Reserve(
        CoinOffer offer, CoinAccount wallet, CoinAccount holding, Guid byUserId, DateTime now, DateOnly today, DateTime expiresAt)
    {
        CoinTransaction.Require(wallet, CoinAccountKind.Wallet);
        CoinTransaction.Require(holding, CoinAccountKind.Holding);

        // Every check comes before any change: a refusal leaves the offer and the wallet as they were.
        offer.EnsureReservable(today);
        var reservation = new CoinReservation(offer, wallet, byUserId, now, expiresAt);
        var hold = CoinTransaction.ForReservation(CoinTransactionKind.Reserve, wallet, holding, offer.Price, reservation.Id, byUserId, now);
        offer.TakeOne(today, now);
        return (reservation, hold);
    }

    /// <summary>The partner redeems the code at the till: the held coins go to the partner. Once only, and not after it expired.</summary>
    public CoinTransaction Redeem(CoinAccount holding, CoinAccount partner, Guid byUserId, DateTime now)
    {
        CoinTransaction.Require(partner, CoinAccountKind.Partner);
        if (partner.OwnerId != PartnerOrganisationId)
        {
            throw new ArgumentException("The coins go to the partner of the offer.", nameof(partner));
        }

        EnsureOpen(now);
        var payment = CoinTransaction.ForReservation(CoinTransactionKind.Redeem, CoinTransaction.Require(holding, CoinAccountKind.Holding), partner, Price, Id, byUserId, now);
        Close(CoinReservationStatus.Redeemed, byUserId, now);
        return payment;
    }

    /// <summary>The person cancels: the coins go back to the wallet and the offer's stock.</summary>
    public CoinTransaction Cancel(CoinOffer offer, CoinAccount holding, CoinAccount wallet, Guid byUserId, DateTime now)
    {
        EnsureOpen(now);
        var release = Release(offer, holding, wallet, byUserId, now);
        Close(CoinReservationStatus.Cancelled, byUserId, now);
        return release;
    }

    /// <summary>Unredeemed after <see cref="ExpiresAt"/>: the coins go back to the wallet and the offer's stock.</summary>
    public CoinTransaction Expire(CoinOffer offer, CoinAccount holding, CoinAccount wallet, DateTime now)
    {
        if (!IsOpen)
        {
            throw new DomainRuleException(DomainMessages.CoinReservationClosed, StatusDetails(), Camel(Status));
        }

        if (now < ExpiresAt)
        {
            throw new InvalidOperationException("A reservation expires only after its expiry time.");
        }

        var release = Release(offer, holding, wallet, null, now);
        Close(CoinReservationStatus.Expired, null, now);
        return release;
    }

    private CoinTransaction Release(CoinOffer offer, CoinAccount holding, CoinAccount wallet, Guid? byUserId, DateTime now)
    {
        if (offer.Id != OfferId || wallet.Id != WalletAccountId)
        {
            throw new ArgumentException("Release to the reservation's own offer and wallet.");
        }

        var release = CoinTransaction.ForReservation(CoinTransactionKind.Release, CoinTransaction.Require(holding, CoinAccountKind.Holding), wallet, Price, Id, byUserId, now);
        offer.PutBack(now);
        return release;
    }

    private void EnsureOpen(DateTime now)
    {
        if (Status == CoinReservationStatus.Redeemed)
        {
            throw new DomainRuleException(DomainMessages.CoinCodeAlreadyRedeemed, StatusDetails());
        }

        if (Status == CoinReservationStatus.Expired || (IsOpen && now >= ExpiresAt))
        {
            throw new DomainRuleException(DomainMessages.CoinCodeExpired, StatusDetails());
        }

        if (!IsOpen)
        {
            throw new DomainRuleException(DomainMessages.CoinReservationClosed, StatusDetails(), Camel(Status));
        }
    }

    private void Close(CoinReservationStatus status, Guid? byUserId, DateTime now)
    {
        Status = status;
        ClosedAt = now;
        ClosedByUserId = byUserId;
    }

    private Dictionary<string, object?> StatusDetails() => new() { ["reservationStatus"] = Camel(Status) };

    private static string Camel(CoinReservationStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>A random code of <see cref="CodeLength"/> characters (about 50 bits).</summary>
    private static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, CodeLength);

    /// <summary>A code as typed at a till: upper case, without spaces or dashes.</summary>
    public static string NormalizeCode(string? code) =>
        new string((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();
}
