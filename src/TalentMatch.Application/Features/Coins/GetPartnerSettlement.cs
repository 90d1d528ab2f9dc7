using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Coins;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Coins;

/// <summary>
/// What the city owes a partner for a month: every code the partner redeemed in it (Antwerp time),
/// with the offer and the coins, and the total. For the city's coins staff and the partner itself;
/// it never names a person.
/// </summary>
public sealed record PartnerSettlementQuery(Guid OrganisationId, string? Month) : IQuery<PartnerSettlementDto>, IRequirePolicy
{
    public static Policy Policy => Policies.ReadSettlements;
}

public sealed record SettlementLineDto(DateTime RedeemedAt, Guid ReservationId, string Code, Guid OfferId, string OfferTitle, long Coins);

public sealed record PartnerSettlementDto(Guid OrganisationId, string PartnerName, string Month, int Redemptions, long TotalCoins, IReadOnlyList<SettlementLineDto> Lines)
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["month", "partner", "redeemedAt", "reservationId", "code", "offerId", "offerTitle", "coins"];

    public string ToCsv() => Csv.Write(CsvHeader, Lines.Select(l => new object?[]
    {
        Month, PartnerName, l.RedeemedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), l.ReservationId, l.Code, l.OfferId, l.OfferTitle, l.Coins,
    }));
}

public sealed class PartnerSettlementQueryValidator : AbstractValidator<PartnerSettlementQuery>
{
    public PartnerSettlementQueryValidator() => RuleFor(q => q.Month).NotEmpty().Must(m => CoinMonths.TryParse(m, out _)).WithMessageKey(Messages.CoinMonthInvalid);
}

public sealed class PartnerSettlementQueryHandler(ITalentMatchDbContext db, ICurrentUser user) : IRequestHandler<PartnerSettlementQuery, PartnerSettlementDto>
{
    public async Task<PartnerSettlementDto> Handle(PartnerSettlementQuery request, CancellationToken cancellationToken)
    {
        if (!Policies.CoinsStaff.Allows(user) && !(user.IsInRole(Roles.Employer) && user.OrganisationId == request.OrganisationId))
        {
            throw new ForbiddenAccessException(Messages.CoinSettlementSeenBy);
        }

        var partner = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == request.OrganisationId, cancellationToken)
            ?? throw new NotFoundException(EntityNames.Organisation, request.OrganisationId);
        CoinMonths.TryParse(request.Month, out var month);
        var (start, end) = CoinMonths.Range(month, month);
        var lines = await (
                from t in db.CoinTransactions
                where t.Kind == CoinTransactionKind.Redeem && t.At >= start && t.At < end
                join a in db.CoinAccounts on t.CreditAccountId equals a.Id
                where a.OwnerId == partner.Id
                join r in db.CoinReservations on t.ReservationId equals r.Id
                join o in db.CoinOffers on r.OfferId equals o.Id
                orderby t.At, t.Id
                select new SettlementLineDto(t.At, r.Id, r.Code, o.Id, o.Title, t.Amount))
            .ToListAsync(cancellationToken);
        return new PartnerSettlementDto(partner.Id, partner.Name, CoinMonths.Format(month), lines.Count, lines.Sum(l => l.Coins), lines);
    }
}

/// <summary>Calendar months as <c>yyyy-MM</c>, in Antwerp time.</summary>
public static class CoinMonths
{
    public static bool TryParse(string? text, out DateOnly firstDay) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out firstDay);

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The UTC instants [start, end) from the first month's start to the last month's end.</summary>
    public static (DateTime Start, DateTime End) Range(DateOnly first, DateOnly last) =>
        (CityTime.StartOfDayUtc(first), CityTime.StartOfDayUtc(last.AddMonths(1)));
}
