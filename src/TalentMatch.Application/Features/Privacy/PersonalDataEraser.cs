using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Changes;
using TalentMatch.Domain.Coins;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Privacy;
using TalentMatch.Domain.Profiles;

namespace TalentMatch.Application.Features.Privacy;

/// <summary>
/// Erases a person: removes every row about them, and anonymises the rows others still need
/// (the coin ledger stays whole, with nothing in it that says who they were). What it reaches:
/// <list type="bullet">
/// <item>the profile with its competences, languages and experiences, matches with their history
/// and snapshots, check-ins, escalations, coach history and volunteer hours (by cascade);</item>
/// <item>notifications to the person's account or about any of those records (the outbox);</item>
/// <item>change-feed rows naming the profile (instances learn of the erasure from an anonymous row);</item>
/// <item>access-log entries about the person or by their account (entries still queued are
/// dropped by the writer, which keeps none about a profile that is gone);</item>
/// <item>idempotency records of their account, or whose stored answer names their profile or wallet;</item>
/// <item>the wallet (its owner is forgotten), the reasons and source keys of its transactions, the
/// person's reservations and the account ids they left in the ledger;</item>
/// <item>title-memory entries learned from their experience titles that name them (a word of their
/// name, their e-mail or phone);</item>
/// <item>opportunities they created (their account id is forgotten), and their account itself.</item>
/// </list>
/// The erasure itself is recorded without anything about the person (<see cref="ErasureRecord"/>).
/// </summary>
public sealed class PersonalDataEraser(ITalentMatchDbContext db, IIdentityService identity, TimeProvider clock)
{
    private const int MinNameWordLength = 3;

    public async Task EraseAsync(TalentProfile profile, ErasureReason reason, Guid? byAdminUserId, CancellationToken cancellationToken)
    {
        var id = profile.Id;
        var owner = profile.OwnerUserId;
        var matchIds = await db.Matches.Where(m => m.ProfileId == id).Select(m => m.Id).ToListAsync(cancellationToken);
        var checkInIds = await db.CheckIns.Where(c => c.ProfileId == id).Select(c => c.Id).ToListAsync(cancellationToken);
        var escalationIds = await db.Escalations.Where(e => e.ProfileId == id).Select(e => e.Id).ToListAsync(cancellationToken);
        var subjects = matchIds.Concat(checkInIds).Concat(escalationIds).Append(id).ToList();

        await db.Notifications.Where(n => subjects.Contains(n.SubjectId) || (owner != null && n.RecipientUserId == owner)).ExecuteDeleteAsync(cancellationToken);
        await db.AccessLog.Where(e => e.ProfileId == id || (owner != null && e.ReaderUserId == owner)).ExecuteDeleteAsync(cancellationToken);
        await db.ChangeFeed.Where(c => c.EntityId == id).ExecuteDeleteAsync(cancellationToken);
        var wallets = await ForgetInLedgerAsync(id, owner, cancellationToken);
        foreach (var named in wallets.Append(id).Select(x => x.ToString()))
        {
            await db.ProcessedRequests.Where(r => r.ResponseJson.Contains(named)).ExecuteDeleteAsync(cancellationToken);
        }

        if (owner is { } requester)
        {
            await db.ProcessedRequests.Where(r => r.UserId == requester).ExecuteDeleteAsync(cancellationToken);
        }
        await ForgetTitlesAsync(profile, cancellationToken);
        if (owner is { } creator)
        {
            await db.Opportunities.Where(o => o.CreatedByUserId == creator).ExecuteUpdateAsync(s => s.SetProperty(o => o.CreatedByUserId, Guid.Empty), cancellationToken);
        }

        // The database cascades to competences, languages, experiences, matches (history,
        // check-ins, escalations), coach history and volunteer hours.
        await db.Profiles.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        db.ChangeFeed.Add(new ChangeRecord(ChangedEntity.Erasure, Guid.Empty, now));
        db.Erasures.Add(new ErasureRecord(now, reason, byAdminUserId));
        await db.SaveChangesAsync(cancellationToken);

        if (owner is { } account)
        {
            await identity.DeletePersonAccountAsync(account, cancellationToken);
        }
    }

    /// <summary>The ledger keeps its amounts (balances must still add up) but forgets whose they were; returns the person's wallets.</summary>
    private async Task<List<Guid>> ForgetInLedgerAsync(Guid profileId, Guid? owner, CancellationToken cancellationToken)
    {
        var wallets = await db.CoinAccounts.Where(a => a.Kind == CoinAccountKind.Wallet && a.OwnerId == profileId).Select(a => a.Id).ToListAsync(cancellationToken);
        await db.CoinTransactions
            .Where(t => wallets.Contains(t.DebitAccountId) || wallets.Contains(t.CreditAccountId))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Reason, (string?)null).SetProperty(t => t.SourceKey, (string?)null), cancellationToken);
        await db.CoinAccounts.Where(a => wallets.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.OwnerId, (Guid?)null), cancellationToken);
        await db.CoinReservations.Where(r => r.ProfileId == profileId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ProfileId, Guid.Empty).SetProperty(r => r.ReservedByUserId, Guid.Empty), cancellationToken);
        if (owner is { } user)
        {
            await db.CoinTransactions.Where(t => t.ByUserId == user).ExecuteUpdateAsync(s => s.SetProperty(t => t.ByUserId, (Guid?)null), cancellationToken);
            await db.CoinReservations.Where(r => r.ClosedByUserId == user).ExecuteUpdateAsync(s => s.SetProperty(r => r.ClosedByUserId, (Guid?)null), cancellationToken);
        }

        return wallets;
    }

    /// <summary>
    /// Experience titles are remembered without a link to the person, so the entries learned for
    /// their occupations are checked for what identifies them.
    /// </summary>
    private async Task ForgetTitlesAsync(TalentProfile profile, CancellationToken cancellationToken)
    {
        var occupations = profile.Experiences.Select(e => e.OccupationId).ToList();
        if (occupations.Count == 0)
        {
            return;
        }

        var uris = await db.Occupations.Where(o => occupations.Contains(o.Id) && o.EscoUri != null).Select(o => o.EscoUri!).ToListAsync(cancellationToken);
        var entries = await db.TitleMemory.Where(e => e.Source == TitleSource.Experience && uris.Contains(e.OccupationUri)).ToListAsync(cancellationToken);
        var marks = IdentifyingWords(profile);
        var naming = entries.Where(e => Names(e.Normalized, marks)).Select(e => e.Id).ToList();
        await db.TitleMemory.Where(e => naming.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The words of the person's name, their e-mail and their phone number, folded as titles are.</summary>
    internal static IReadOnlyList<string> IdentifyingWords(TalentProfile profile)
    {
        var words = TextNormalizer.Normalize(profile.DisplayName).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= MinNameWordLength)
            .ToList();
        if (TextNormalizer.Normalize(profile.Email) is { Length: > 0 } email)
        {
            words.Add(email);
        }

        var digits = new string((profile.Phone ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length >= 6)
        {
            words.Add(digits);
        }

        return words;
    }

    private static bool Names(string normalizedTitle, IReadOnlyList<string> marks)
    {
        var padded = $" {normalizedTitle} ";
        var digits = new string(normalizedTitle.Where(char.IsAsciiDigit).ToArray());
        return marks.Any(m => padded.Contains($" {m} ", StringComparison.Ordinal) || (m.All(char.IsAsciiDigit) && digits.Contains(m, StringComparison.Ordinal)));
    }
}
