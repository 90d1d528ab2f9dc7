using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Coins;

namespace TalentMatch.Application.Features.Coins;

/// <summary>
/// The person reserves an offer with the coins of their own wallet: the price is held, one is taken
/// from the stock, and they get a one-time code. 404 for an unknown offer; 409 when it ended, is out
/// of stock, or the wallet has too few coins (stating the balance).
/// </summary>
public sealed record ReserveCoinOfferCommand : IIdempotentCommand<CoinReservationDto>, IRequirePolicy
{
    public static Policy Policy => Policies.SpendCoins;

    [JsonIgnore]
    public Guid OfferId { get; init; }

    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}

public sealed class ReserveCoinOfferCommandValidator : AbstractValidator<ReserveCoinOfferCommand>
{
    public ReserveCoinOfferCommandValidator() => RuleFor(c => c.IdempotencyKey).IdempotencyKey();
}

public sealed class ReserveCoinOfferCommandHandler(ITalentMatchDbContext db, ICurrentUser user, CoinLedger ledger, IOptions<CoinsOptions> options)
    : IRequestHandler<ReserveCoinOfferCommand, CoinReservationDto>
{
    public async Task<CoinReservationDto> Handle(ReserveCoinOfferCommand request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var profileId = await db.Profiles.Where(p => p.OwnerUserId == userId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(EntityNames.OwnProfile, userId);
        if (!await ledger.LockOfferAsync(request.OfferId, cancellationToken))
        {
            throw new NotFoundException(EntityNames.CoinOffer, request.OfferId);
        }

        var offer = await db.CoinOffers.SingleAsync(o => o.Id == request.OfferId, cancellationToken);
        var (wallet, holding) = await ledger.WalletWithAsync(profileId, CoinAccount.HoldingId, cancellationToken);
        var now = ledger.Now;
        var expiresAt = new[] { now.AddDays(options.Value.ReservationDays), CityTime.StartOfDayUtc(offer.ValidUntil.AddDays(1)) }.Min();
        var (reservation, hold) = CoinReservation.Reserve(offer, wallet, holding, userId, now, ledger.Today, expiresAt);
        db.CoinReservations.Add(reservation);
        db.CoinTransactions.Add(hold);
        await db.SaveChangesAsync(cancellationToken);
        var partner = await db.Organisations.Where(o => o.Id == offer.PartnerOrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        return reservation.ToDto(offer.Title, partner, wallet.Balance);
    }
}

public static class CoinReservationViews
{
    public static CoinReservationDto ToDto(this CoinReservation r, string offerTitle, string partnerName, long walletBalance) =>
        new(r.Id, r.OfferId, offerTitle, r.PartnerOrganisationId, partnerName, r.Price, r.Code, $"/api/v1/coins/reservations/{r.Id}/qr",
            r.Status, r.ReservedAt, r.ExpiresAt, r.ClosedAt, walletBalance);

    /// <summary>The caller's own reservation (404 when it does not exist or is someone else's: a code is not to be guessed).</summary>
    public static async Task<CoinReservation> OwnReservationAsync(this ITalentMatchDbContext db, ICurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var reservation = await db.CoinReservations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var owns = reservation is not null && await db.Profiles.AnyAsync(p => p.Id == reservation.ProfileId && p.OwnerUserId == userId, cancellationToken);
        return owns ? reservation! : throw new NotFoundException(EntityNames.CoinReservation, id);
    }
}
