using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Coins;

namespace TalentMatch.Application.Features.Coins;

/// <summary>A coordinator awards coins for neighbourhood work that is not logged as hours, with a reason.</summary>
public sealed record AwardCoinsCommand(Guid ProfileId, long Amount, string? Reason) : IIdempotentCommand<CoinTransactionDto>, IRequirePolicy
{
    public static Policy Policy => Policies.CoinsStaff;

    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}

public sealed class AwardCoinsCommandValidator : AbstractValidator<AwardCoinsCommand>
{
    public AwardCoinsCommandValidator()
    {
        RuleFor(c => c.IdempotencyKey).IdempotencyKey();
        RuleFor(c => c.ProfileId).NotEmpty();
        RuleFor(c => c.Amount).CoinAmount();
        RuleFor(c => c.Reason).RequiredText(CoinTransaction.MaxReasonLength, multiline: true);
    }
}

public sealed class AwardCoinsCommandHandler(ITalentMatchDbContext db, ICurrentUser user, CoinLedger ledger) : IRequestHandler<AwardCoinsCommand, CoinTransactionDto>
{
    public async Task<CoinTransactionDto> Handle(AwardCoinsCommand request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var owner = await db.Profiles.Where(p => p.Id == request.ProfileId).Select(p => new { p.OwnerUserId }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidReferenceException("profileId", EntityNames.Profile, request.ProfileId);
        if (owner.OwnerUserId == userId)
        {
            throw new ForbiddenAccessException(Messages.CoinNoOwnAward);
        }

        var (wallet, issuance) = await ledger.WalletWithAsync(request.ProfileId, CoinAccount.IssuanceId, cancellationToken);
        var award = CoinTransaction.Award(issuance, wallet, request.Amount, request.Reason!, userId, ledger.Now);
        db.CoinTransactions.Add(award);
        await db.SaveChangesAsync(cancellationToken);
        return CoinTransactionDto.From(award, wallet.Balance);
    }
}

public static class CoinValidation
{
    /// <summary>A whole number of coins, at least 1 and at most <see cref="CoinTransaction.MaxAmount"/>.</summary>
    public static IRuleBuilderOptions<T, long> CoinAmount<T>(this IRuleBuilder<T, long> rule) =>
        rule.InclusiveBetween(1, CoinTransaction.MaxAmount);
}
