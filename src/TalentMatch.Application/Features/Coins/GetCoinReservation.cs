using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Coins;

namespace TalentMatch.Application.Features.Coins;

/// <summary>The person's own reservation, with its code (404 for anyone else's).</summary>
public sealed record GetCoinReservationQuery(Guid Id) : IQuery<CoinReservationDto>, IRequirePolicy
{
    public static Policy Policy => Policies.SpendCoins;
}

public sealed class GetCoinReservationQueryHandler(ITalentMatchDbContext db, ICurrentUser user) : IRequestHandler<GetCoinReservationQuery, CoinReservationDto>
{
    public async Task<CoinReservationDto> Handle(GetCoinReservationQuery request, CancellationToken cancellationToken)
    {
        var reservation = await db.OwnReservationAsync(user, request.Id, cancellationToken);
        var offer = await db.CoinOffers.Where(o => o.Id == reservation.OfferId).Select(o => o.Title).SingleAsync(cancellationToken);
        var partner = await db.Organisations.Where(o => o.Id == reservation.PartnerOrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var balance = await db.CoinEntries.Where(e => e.AccountId == reservation.WalletAccountId).SumAsync(e => e.Amount, cancellationToken);
        return reservation.ToDto(offer, partner, balance);
    }
}
