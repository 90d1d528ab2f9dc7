using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Coins;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Coins;

/// <summary>A person's wallet: the balance, the coins held for reservations and the full history. The person sees their own; staff who follow people see all.</summary>
public sealed record GetWalletQuery(Guid ProfileId, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<WalletDto>, IPagedRequest, IRequirePolicy
{
    public static Policy Policy => Policies.ReadWallets;
}

public sealed class GetWalletQueryValidator : PagedRequestValidator<GetWalletQuery>;

public sealed class GetWalletQueryHandler(ITalentMatchDbContext db, ICurrentUser user) : IRequestHandler<GetWalletQuery, WalletDto>
{
    public async Task<WalletDto> Handle(GetWalletQuery request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var profile = await db.Profiles.Where(p => p.Id == request.ProfileId).Select(p => new { p.OwnerUserId }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(EntityNames.Profile, request.ProfileId);
        var staff = Policies.ReadWallets.Roles.Where(r => r != Roles.JobSeeker).Any(user.IsInRole);
        if (!staff && profile.OwnerUserId != userId)
        {
            throw new ForbiddenAccessException(Messages.CoinWalletSeenBy);
        }

        var accountId = await db.CoinAccounts.Where(a => a.Kind == CoinAccountKind.Wallet && a.OwnerId == request.ProfileId).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (accountId is not { } id)
        {
            return new WalletDto(request.ProfileId, null, 0, 0, new PagedList<WalletEntryDto>([], request.Page, request.PageSize, 0));
        }

        // The balance is derived from the entries, not read from the cached column.
        var balance = await db.CoinEntries.Where(e => e.AccountId == id).SumAsync(e => e.Amount, cancellationToken);
        var held = await db.CoinReservations.Where(r => r.WalletAccountId == id && r.Status == CoinReservationStatus.Reserved).SumAsync(r => r.Price, cancellationToken);
        var history = await (
                from e in db.CoinEntries
                where e.AccountId == id
                join t in db.CoinTransactions on e.TransactionId equals t.Id
                join r in db.CoinReservations on t.ReservationId equals r.Id into reservations
                from r in reservations.DefaultIfEmpty()
                join o in db.CoinOffers on r.OfferId equals o.Id into offers
                from o in offers.DefaultIfEmpty()
                orderby e.At descending, e.Id descending
                select new WalletEntryDto(t.Id, t.Kind, e.Amount, e.At, t.Reason, t.ReservationId, o == null ? null : o.Title, t.ReversesTransactionId))
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        return new WalletDto(request.ProfileId, id, balance, held, history);
    }
}
