using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Coins;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Volunteering;

namespace TalentMatch.Application.Features.Coins;

/// <summary>
/// Finds, creates and locks the ledger's accounts for a command, and issues coins for confirmed
/// neighbourhood hours. Every write runs in the command's transaction; the rules are on the
/// entities (<see cref="CoinAccount"/>, <see cref="CoinTransaction"/>, <see cref="CoinReservation"/>).
/// </summary>
/// <remarks>
/// Concurrency (docs/adr/0011): before an account is read, its row is locked by a write that
/// changes nothing, in a fixed order (reservation, offer, accounts by id). SQL Server holds that
/// row lock to the end of the transaction, so a second spender waits and then reads the new
/// balance; SQLite runs one writing transaction at a time anyway. The account's version is a
/// concurrency token as well, so a write that did slip past the lock is refused (409), never lost.
/// </remarks>
public sealed class CoinLedger(ITalentMatchDbContext db, IOptions<CoinsOptions> options, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => clock.Today();

    /// <summary>Locks a reservation's row; false when there is none.</summary>
    public async Task<bool> LockReservationAsync(Guid id, CancellationToken cancellationToken) =>
        await db.CoinReservations.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, r => r.Status), cancellationToken) > 0;

    /// <summary>Locks an offer's row; false when there is none.</summary>
    public async Task<bool> LockOfferAsync(Guid id, CancellationToken cancellationToken) =>
        await db.CoinOffers.Where(o => o.Id == id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Stock, o => o.Stock), cancellationToken) > 0;

    /// <summary>Locks the accounts (in id order, so two commands never wait on each other), then loads them.</summary>
    public async Task<Dictionary<Guid, CoinAccount>> LockAccountsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var ordered = ids.Distinct().Order().ToList();
        foreach (var id in ordered)
        {
            await db.CoinAccounts.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Balance, a => a.Balance), cancellationToken);
        }

        var accounts = await db.CoinAccounts.Where(a => ordered.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var missing = ordered.Where(id => !accounts.ContainsKey(id)).ToList();
        return missing.Count == 0 ? accounts : throw new InvalidOperationException($"Ledger accounts missing: {string.Join(", ", missing)}.");
    }

    /// <summary>The id of a person's wallet, or null before they have one.</summary>
    public Task<Guid?> WalletIdAsync(Guid profileId, CancellationToken cancellationToken) =>
        db.CoinAccounts.Where(a => a.Kind == CoinAccountKind.Wallet && a.OwnerId == profileId).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>A person's wallet and the city's account <paramref name="systemAccountId"/>, locked; the wallet is opened when the person has none.</summary>
    public Task<(CoinAccount Wallet, CoinAccount System)> WalletWithAsync(Guid profileId, Guid systemAccountId, CancellationToken cancellationToken) =>
        OwnedWithAsync(CoinAccountKind.Wallet, profileId, systemAccountId, cancellationToken);

    /// <summary>A partner's account and a city account, locked; the account is opened on the partner's first redemption.</summary>
    public Task<(CoinAccount Partner, CoinAccount System)> PartnerWithAsync(Guid organisationId, Guid systemAccountId, CancellationToken cancellationToken) =>
        OwnedWithAsync(CoinAccountKind.Partner, organisationId, systemAccountId, cancellationToken);

    private async Task<(CoinAccount Owned, CoinAccount System)> OwnedWithAsync(CoinAccountKind kind, Guid ownerId, Guid systemAccountId, CancellationToken cancellationToken)
    {
        var id = await db.CoinAccounts.Where(a => a.Kind == kind && a.OwnerId == ownerId).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is { } existing)
        {
            var accounts = await LockAccountsAsync([existing, systemAccountId], cancellationToken);
            return (accounts[existing], accounts[systemAccountId]);
        }

        // A new account: nobody else can hold it yet (a second one at once fails on the unique owner index).
        var opened = kind == CoinAccountKind.Wallet ? CoinAccount.WalletOf(ownerId, Now) : CoinAccount.PartnerOf(ownerId, Now);
        db.CoinAccounts.Add(opened);
        var system = await LockAccountsAsync([systemAccountId], cancellationToken);
        return (opened, system[systemAccountId]);
    }

    /// <summary>
    /// Issues <c>Coins:PerHour</c> per full confirmed hour on a neighbourhood request, up to
    /// <c>Coins:MonthlyCap</c> a month, once per hours entry (its source key is unique). Nothing is
    /// issued for hours the confirmer logged or owns. Runs in the confirmation's transaction, so the
    /// coins and the confirmation are saved together or not at all.
    /// </summary>
    public async Task<CoinTransaction?> EarnForHoursAsync(VolunteerHours hours, VolunteerRequest request, Guid confirmedByUserId, CancellationToken cancellationToken)
    {
        if (!request.Neighbourhood || !hours.IsConfirmed || hours.LoggedByUserId == confirmedByUserId)
        {
            return null;
        }

        var owner = await db.Profiles.Where(p => p.Id == hours.ProfileId).Select(p => p.OwnerUserId).FirstOrDefaultAsync(cancellationToken);
        var sourceKey = EarnSourceKey(hours.Id);
        if (owner == confirmedByUserId || await db.CoinTransactions.AnyAsync(t => t.SourceKey == sourceKey, cancellationToken))
        {
            return null;
        }

        var (wallet, issuance) = await WalletWithAsync(hours.ProfileId, CoinAccount.IssuanceId, cancellationToken);
        var now = Now;
        var (monthStart, monthEnd) = Month(now);
        var earned = await db.CoinTransactions
            .Where(t => t.Kind == CoinTransactionKind.Earn && t.CreditAccountId == wallet.Id && t.At >= monthStart && t.At < monthEnd)
            .SumAsync(t => t.Amount, cancellationToken);
        var amount = Math.Min((long)Math.Floor(hours.Hours * options.Value.PerHour), options.Value.MonthlyCap - earned);
        if (amount <= 0)
        {
            return null;
        }

        var earn = CoinTransaction.Earn(issuance, wallet, amount, confirmedByUserId, now, sourceKey);
        db.CoinTransactions.Add(earn);
        return earn;
    }

    public static string EarnSourceKey(Guid hoursId) => $"hours:{hoursId}";

    /// <summary>The calendar month (Antwerp time) around <paramref name="instant"/>, as UTC instants [start, end).</summary>
    public static (DateTime Start, DateTime End) Month(DateTime instant)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(instant, DateTimeKind.Utc), CityTime.Zone);
        var first = new DateOnly(local.Year, local.Month, 1);
        return (CityTime.StartOfDayUtc(first), CityTime.StartOfDayUtc(first.AddMonths(1)));
    }
}
