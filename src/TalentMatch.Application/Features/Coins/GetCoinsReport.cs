using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Reports;
using TalentMatch.Domain.Coins;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Features.Coins;

/// <summary>
/// Coins per month and district (of the person's postcode): issued (earned and awarded, less
/// reversals), held at the month's end (in wallets and reservations), redeemed and expired. A
/// district with fewer people than <c>Reports:MinimumGroupSize</c> in a month is added to "other";
/// when "other" is itself that small, its numbers are withheld.
/// </summary>
public sealed record CoinsReportQuery(string? From, string? To, string? District) : IQuery<CoinsReportDto>, IRequirePolicy
{
    public static Policy Policy => Policies.CoinsStaff;
}

/// <summary>Null numbers are withheld: the group is too small to show.</summary>
public sealed record CoinsReportRowDto(string Month, string District, int? People, long? Issued, long? Held, long? Redeemed, long? Expired);

public sealed record CoinsReportDto(string From, string To, string? District, int MinimumGroupSize, IReadOnlyList<CoinsReportRowDto> Rows)
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["month", "district", "people", "issued", "held", "redeemed", "expired"];

    public string ToCsv() => Csv.Write(CsvHeader, Rows.Select(r => new object?[] { r.Month, r.District, r.People, r.Issued, r.Held, r.Redeemed, r.Expired }));
}

public sealed class CoinsReportQueryValidator : AbstractValidator<CoinsReportQuery>
{
    public const int MaxMonths = 36;

    public CoinsReportQueryValidator(PostcodeDirectory places)
    {
        RuleFor(q => q.From).NotEmpty().Must(m => CoinMonths.TryParse(m, out _)).WithMessageKey(Messages.CoinMonthInvalid);
        RuleFor(q => q.To).NotEmpty().Must(m => CoinMonths.TryParse(m, out _)).WithMessageKey(Messages.CoinMonthInvalid);
        RuleFor(q => q.To)
            .Must((q, to) => CoinMonths.TryParse(q.From, out var from) && CoinMonths.TryParse(to, out var last) && last >= from && last < from.AddMonths(MaxMonths))
            .When(q => CoinMonths.TryParse(q.From, out _) && CoinMonths.TryParse(q.To, out _))
            .WithMessageKey(Messages.CoinMonthsRange, MaxMonths);
        RuleFor(q => q.District).Must(d => places.FindDistrict(d) is not null).When(q => q.District is not null)
            .WithMessage(q => Messages.Format(Messages.DistrictUnknown, q.District));
    }
}

public sealed class CoinsReportQueryHandler(ITalentMatchDbContext db, PostcodeDirectory places, IOptions<ReportsOptions> options)
    : IRequestHandler<CoinsReportQuery, CoinsReportDto>
{
    public async Task<CoinsReportDto> Handle(CoinsReportQuery request, CancellationToken cancellationToken)
    {
        CoinMonths.TryParse(request.From, out var first);
        CoinMonths.TryParse(request.To, out var last);
        var (_, end) = CoinMonths.Range(first, last);
        var minimum = options.Value.MinimumGroupSize;
        var district = places.FindDistrict(request.District);

        // Every wallet movement up to the end of the period, with the wallet it belongs to (a
        // redemption belongs to the wallet its reservation held the coins from).
        var wallets = await db.CoinAccounts.AsNoTracking().Where(a => a.Kind == CoinAccountKind.Wallet).Select(a => new { a.Id, a.OwnerId }).ToListAsync(cancellationToken);
        var owners = wallets.Select(w => w.OwnerId).ToList();
        var postcodes = await db.Profiles.Where(p => owners.Contains(p.Id)).Select(p => new { p.Id, p.Postcode }).ToDictionaryAsync(p => p.Id, p => p.Postcode, cancellationToken);
        var districtOf = wallets.ToDictionary(w => w.Id, w => w.OwnerId is { } o && postcodes.TryGetValue(o, out var pc) ? places.DistrictOf(pc) : ReportRules.OtherGroup);
        var reservationWallet = await db.CoinReservations.AsNoTracking().Select(r => new { r.Id, r.WalletAccountId }).ToDictionaryAsync(r => r.Id, r => r.WalletAccountId, cancellationToken);
        var moves = (await db.CoinTransactions.AsNoTracking().Where(t => t.At < end)
                .Select(t => new { t.Kind, t.Amount, t.DebitAccountId, t.CreditAccountId, t.ReservationId, t.At })
                .ToListAsync(cancellationToken))
            .Select(t => new
            {
                t.Kind,
                t.Amount,
                t.At,
                Wallet = t.Kind switch
                {
                    CoinTransactionKind.Earn or CoinTransactionKind.Award or CoinTransactionKind.Release => t.CreditAccountId,
                    CoinTransactionKind.Redeem => t.ReservationId is { } r ? reservationWallet[r] : Guid.Empty,
                    _ => t.DebitAccountId,
                },
            })
            .Where(t => districtOf.ContainsKey(t.Wallet) && (district is null || districtOf[t.Wallet] == district))
            .ToList();

        var rows = new List<CoinsReportRowDto>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            var (start, monthEnd) = CoinMonths.Range(month, month);

            // Held: what the wallets and their open reservations hold at the month's end. Redeemed
            // and expired coins have left; everything else issued is still held.
            var perWallet = moves.Where(t => t.At < monthEnd).GroupBy(t => t.Wallet).Select(g => new
            {
                Wallet = g.Key,
                Held = g.Sum(t => t.Kind switch
                {
                    CoinTransactionKind.Earn or CoinTransactionKind.Award => t.Amount,
                    CoinTransactionKind.Reversal or CoinTransactionKind.Redeem or CoinTransactionKind.Expire => -t.Amount,
                    _ => 0,
                }),
                InMonth = g.Where(t => t.At >= start).ToList(),
            }).ToList();
            var groups = perWallet
                .Where(w => w.Held > 0 || w.InMonth.Count > 0)
                .GroupBy(w => districtOf[w.Wallet])
                .Select(g => new Group(g.Key, g.Count(), Sums(g.SelectMany(w => w.InMonth).Select(t => (t.Kind, t.Amount))), g.Sum(w => w.Held)))
                .ToList();
            rows.AddRange(Suppress(CoinMonths.Format(month), groups, minimum));
        }

        return new CoinsReportDto(CoinMonths.Format(first), CoinMonths.Format(last), district, minimum, rows);
    }

    private static IEnumerable<CoinsReportRowDto> Suppress(string month, List<Group> groups, int minimum)
    {
        foreach (var g in groups.Where(g => g.People >= minimum && g.District != ReportRules.OtherGroup).OrderBy(g => g.District, StringComparer.Ordinal))
        {
            yield return new CoinsReportRowDto(month, g.District, g.People, g.Sums.Issued, g.Held, g.Sums.Redeemed, g.Sums.Expired);
        }

        var small = groups.Where(g => g.People < minimum || g.District == ReportRules.OtherGroup).ToList();
        if (small.Count == 0)
        {
            yield break;
        }

        var people = small.Sum(g => g.People);
        yield return people >= minimum
            ? new CoinsReportRowDto(month, ReportRules.OtherGroup, people, small.Sum(g => g.Sums.Issued), small.Sum(g => g.Held), small.Sum(g => g.Sums.Redeemed), small.Sum(g => g.Sums.Expired))
            : new CoinsReportRowDto(month, ReportRules.OtherGroup, null, null, null, null, null);
    }

    /// <summary>What a group's movements in a month add up to: issued (less reversals), redeemed and expired.</summary>
    private static (long Issued, long Redeemed, long Expired) Sums(IEnumerable<(CoinTransactionKind Kind, long Amount)> moves)
    {
        long issued = 0, redeemed = 0, expired = 0;
        foreach (var (kind, amount) in moves)
        {
            switch (kind)
            {
                case CoinTransactionKind.Earn or CoinTransactionKind.Award:
                    issued += amount;
                    break;
                case CoinTransactionKind.Reversal:
                    issued -= amount;
                    break;
                case CoinTransactionKind.Redeem:
                    redeemed += amount;
                    break;
                case CoinTransactionKind.Expire:
                    expired += amount;
                    break;
            }
        }

        return (issued, redeemed, expired);
    }

    private sealed record Group(string District, int People, (long Issued, long Redeemed, long Expired) Sums, long Held);
}
