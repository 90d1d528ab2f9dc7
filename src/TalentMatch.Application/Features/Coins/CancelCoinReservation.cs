using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Coins;

namespace TalentMatch.Application.Features.Coins;

/// <summary>The person cancels an unredeemed reservation: the held coins go back to the wallet, the offer back in stock.</summary>
public sealed record CancelCoinReservationCommand : IIdempotentCommand<CoinReservationDto>, IRequirePolicy
{
    public static Policy Policy => Policies.SpendCoins;

    [JsonIgnore]
    public Guid ReservationId { get; init; }

    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}

public sealed class CancelCoinReservationCommandValidator : AbstractValidator<CancelCoinReservationCommand>
{
    public CancelCoinReservationCommandValidator() => RuleFor(c => c.IdempotencyKey).IdempotencyKey();
}

public sealed class CancelCoinReservationCommandHandler(ITalentMatchDbContext db, ICurrentUser user, CoinLedger ledger)
    : IRequestHandler<CancelCoinReservationCommand, CoinReservationDto>
{
    public async Task<CoinReservationDto> Handle(CancelCoinReservationCommand request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var owned = await db.OwnReservationAsync(user, request.ReservationId, cancellationToken);
        await ledger.LockReservationAsync(owned.Id, cancellationToken);
        await ledger.LockOfferAsync(owned.OfferId, cancellationToken);
        var reservation = await db.CoinReservations.SingleAsync(r => r.Id == owned.Id, cancellationToken);
        var offer = await db.CoinOffers.SingleAsync(o => o.Id == reservation.OfferId, cancellationToken);
        var accounts = await ledger.LockAccountsAsync([reservation.WalletAccountId, CoinAccount.HoldingId], cancellationToken);
        var release = reservation.Cancel(offer, accounts[CoinAccount.HoldingId], accounts[reservation.WalletAccountId], userId, ledger.Now);
        db.CoinTransactions.Add(release);
        await db.SaveChangesAsync(cancellationToken);
        var partner = await db.Organisations.Where(o => o.Id == reservation.PartnerOrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        return reservation.ToDto(offer.Title, partner, accounts[reservation.WalletAccountId].Balance);
    }
}
