using TalentMatch.Application.Common;
using TalentMatch.Domain.Coins;

namespace TalentMatch.Application.Features.Coins;

/// <summary>One movement on a wallet, as the person sees it: signed (negative leaves the wallet).</summary>
public sealed record WalletEntryDto(
    Guid TransactionId,
    CoinTransactionKind Kind,
    long Amount,
    DateTime At,
    string? Reason,
    Guid? ReservationId,
    string? OfferTitle,
    Guid? ReversesTransactionId);

/// <summary>
/// A person's coins: the balance (the sum of the wallet's entries), the coins held for open
/// reservations, and the history, newest first.
/// </summary>
public sealed record WalletDto(Guid ProfileId, Guid? AccountId, long Balance, long Held, PagedList<WalletEntryDto> History);

/// <summary>A transaction as the coins staff see it.</summary>
public sealed record CoinTransactionDto(
    Guid Id,
    CoinTransactionKind Kind,
    long Amount,
    Guid DebitAccountId,
    Guid CreditAccountId,
    DateTime At,
    Guid? ByUserId,
    string? Reason,
    Guid? ReversesTransactionId,
    long WalletBalance)
{
    public static CoinTransactionDto From(CoinTransaction t, long walletBalance) =>
        new(t.Id, t.Kind, t.Amount, t.DebitAccountId, t.CreditAccountId, t.At, t.ByUserId, t.Reason, t.ReversesTransactionId, walletBalance);
}

public sealed record CoinOfferDto(
    Guid Id,
    Guid PartnerOrganisationId,
    string PartnerName,
    string Title,
    string? Description,
    long Price,
    int Stock,
    DateOnly ValidUntil,
    DateTime CreatedAt);

/// <summary>The person's reservation: the one-time code to show at the till (also as a QR code at <c>qrCodeUrl</c>).</summary>
public sealed record CoinReservationDto(
    Guid Id,
    Guid OfferId,
    string OfferTitle,
    Guid PartnerOrganisationId,
    string PartnerName,
    long Price,
    string Code,
    string QrCodeUrl,
    CoinReservationStatus Status,
    DateTime ReservedAt,
    DateTime ExpiresAt,
    DateTime? ClosedAt,
    long WalletBalance);

/// <summary>What the partner sees of a redemption: the code and the offer, never the person.</summary>
public sealed record RedemptionDto(Guid ReservationId, string Code, Guid OfferId, string OfferTitle, long Price, CoinReservationStatus Status, DateTime RedeemedAt);
