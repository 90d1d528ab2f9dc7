using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Coins;

namespace TalentMatch.Application.Features.Coins;

/// <summary>
/// The dated expiry job, for a day up to today: releases the reservations unredeemed by the end of
/// that day, and when <c>Coins:ExpiryMonths</c> is on, takes out of each wallet the coins older
/// than that many months (oldest coins are spent first). Running it again for the same day
/// changes nothing.
/// </summary>
public sealed record RunCoinExpiryCommand(DateOnly? Date) : IIdempotentCommand<CoinExpiryRunDto>
{
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }

    /// <summary>The background job runs without a caller and without a key: the run is idempotent by its date.</summary>
    [JsonIgnore]
    public bool Scheduled { get; init; }
}

public sealed record CoinExpiryRunDto(DateOnly Date, int ReservationsExpired, int WalletsExpired, long CoinsExpired);

public sealed class RunCoinExpiryCommandValidator : AbstractValidator<RunCoinExpiryCommand>
{
    public RunCoinExpiryCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.IdempotencyKey).IdempotencyKey().When(c => !c.Scheduled);
        RuleFor(c => c.Date).NotNull().LessThanOrEqualTo(_ => clock.Today()).WithMessageKey(Messages.CoinRunDateNotFuture);
    }
}

public sealed class RunCoinExpiryCommandHandler(ITalentMatchDbContext db, CoinLedger ledger, IOptions<CoinsOptions> options, ILogger<RunCoinExpiryCommandHandler> logger)
    : IRequestHandler<RunCoinExpiryCommand, CoinExpiryRunDto>
{
    public async Task<CoinExpiryRunDto> Handle(RunCoinExpiryCommand request, CancellationToken cancellationToken)
    {
        var date = request.Date!.Value;
        var now = ledger.Now;
        var endOfDay = CityTime.StartOfDayUtc(date.AddDays(1));
        var until = endOfDay < now ? endOfDay : now;

        var due = await db.CoinReservations.AsNoTracking()
            .Where(r => r.Status == CoinReservationStatus.Reserved && r.ExpiresAt <= until)
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.OfferId, r.WalletAccountId })
            .ToListAsync(cancellationToken);
        var reservations = 0;
        foreach (var item in due)
        {
            await ledger.LockReservationAsync(item.Id, cancellationToken);
            await ledger.LockOfferAsync(item.OfferId, cancellationToken);
            var reservation = await db.CoinReservations.SingleAsync(r => r.Id == item.Id, cancellationToken);
            if (!reservation.IsOpen)
            {
                continue;
            }

            var offer = await db.CoinOffers.SingleAsync(o => o.Id == item.OfferId, cancellationToken);
            var accounts = await ledger.LockAccountsAsync([item.WalletAccountId, CoinAccount.HoldingId], cancellationToken);
            db.CoinTransactions.Add(reservation.Expire(offer, accounts[CoinAccount.HoldingId], accounts[item.WalletAccountId], until));
            await db.SaveChangesAsync(cancellationToken);
            reservations++;
        }

        var (wallets, coins) = options.Value.ExpiryMonths > 0 ? await ExpireOldCoinsAsync(date, now, cancellationToken) : (0, 0L);
        logger.LogInformation("Coin expiry for {Date}: {Reservations} reservations released, {Coins} coins expired in {Wallets} wallets", date, reservations, coins, wallets);
        return new CoinExpiryRunDto(date, reservations, wallets, coins);
    }

    private async Task<(int Wallets, long Coins)> ExpireOldCoinsAsync(DateOnly date, DateTime now, CancellationToken cancellationToken)
    {
        var cutoff = CityTime.StartOfDayUtc(date.AddMonths(-options.Value.ExpiryMonths));
        var walletIds = await db.CoinAccounts.AsNoTracking()
            .Where(a => a.Kind == CoinAccountKind.Wallet && a.Balance > 0 && db.CoinEntries.Any(e => e.AccountId == a.Id && e.Amount > 0 && e.At < cutoff))
            .OrderBy(a => a.Id)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        int wallets = 0;
        long coins = 0;
        foreach (var walletId in walletIds)
        {
            var accounts = await ledger.LockAccountsAsync([walletId, CoinAccount.ExpiryId], cancellationToken);
            var wallet = accounts[walletId];

            // Oldest coins are spent first: what came in before the cutoff and was not spent (or expired) since.
            var oldIn = await db.CoinEntries.Where(e => e.AccountId == walletId && e.Amount > 0 && e.At < cutoff).SumAsync(e => e.Amount, cancellationToken);
            var allOut = -await db.CoinEntries.Where(e => e.AccountId == walletId && e.Amount < 0).SumAsync(e => e.Amount, cancellationToken);
            var amount = Math.Min(Math.Min(oldIn - allOut, wallet.Balance), CoinTransaction.MaxAmount);
            var sourceKey = $"expiry:{walletId}:{date:yyyy-MM-dd}";
            if (amount <= 0 || await db.CoinTransactions.AnyAsync(t => t.SourceKey == sourceKey, cancellationToken))
            {
                continue;
            }

            db.CoinTransactions.Add(CoinTransaction.Expire(wallet, accounts[CoinAccount.ExpiryId], amount, date, now));
            await db.SaveChangesAsync(cancellationToken);
            wallets++;
            coins += amount;
        }

        return (wallets, coins);
    }
}
