using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Coins;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Coins;

/// <summary>
/// The partner redeems a code at the till (an employer of the offer's partner organisation): the
/// held coins go to the partner. Once only: a second time, or after it expired or was cancelled, is
/// a 409; another partner's code is a 403. The answer names the offer, never the person.
/// </summary>
public sealed record RedeemCoinCodeCommand : IIdempotentCommand<RedemptionDto>, IRequirePolicy
{
    public static Policy Policy => Policies.RedeemCoins;

    [JsonIgnore]
    public string? Code { get; init; }

    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}

public sealed class RedeemCoinCodeCommandValidator : AbstractValidator<RedeemCoinCodeCommand>
{
    public RedeemCoinCodeCommandValidator()
    {
        RuleFor(c => c.IdempotencyKey).IdempotencyKey();
        RuleFor(c => c.Code).NotEmpty().MaximumLength(40);
    }
}

public sealed class RedeemCoinCodeCommandHandler(ITalentMatchDbContext db, ICurrentUser user, CoinLedger ledger)
    : IRequestHandler<RedeemCoinCodeCommand, RedemptionDto>
{
    public async Task<RedemptionDto> Handle(RedeemCoinCodeCommand request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var code = CoinReservation.NormalizeCode(request.Code);
        var found = await db.CoinReservations.AsNoTracking().Where(r => r.Code == code).Select(r => new { r.Id, r.PartnerOrganisationId }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(EntityNames.RedemptionCode, code);
        if (!(user.IsInRole(Roles.Employer) && user.OrganisationId == found.PartnerOrganisationId))
        {
            throw new ForbiddenAccessException(Messages.CoinCodeOtherPartner);
        }

        await ledger.LockReservationAsync(found.Id, cancellationToken);
        var reservation = await db.CoinReservations.SingleAsync(r => r.Id == found.Id, cancellationToken);
        var (partner, holding) = await ledger.PartnerWithAsync(reservation.PartnerOrganisationId, CoinAccount.HoldingId, cancellationToken);
        var payment = reservation.Redeem(holding, partner, userId, ledger.Now);
        db.CoinTransactions.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        var offer = await db.CoinOffers.Where(o => o.Id == reservation.OfferId).Select(o => o.Title).SingleAsync(cancellationToken);
        return new RedemptionDto(reservation.Id, reservation.Code, reservation.OfferId, offer, reservation.Price, reservation.Status, reservation.ClosedAt!.Value);
    }
}
