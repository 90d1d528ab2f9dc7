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
/// Corrects an earned or awarded transaction with a reversing one (the original stays): the coins
/// go back to the city, with a reason and who did it. Once per transaction; refused (409, stating
/// the balance) when the person spent them already.
/// </summary>
public sealed record ReverseCoinTransactionCommand(string? Reason) : IIdempotentCommand<CoinTransactionDto>, IRequirePolicy
{
    public static Policy Policy => Policies.CoinsStaff;

    [JsonIgnore]
    public Guid TransactionId { get; init; }

    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}

public sealed class ReverseCoinTransactionCommandValidator : AbstractValidator<ReverseCoinTransactionCommand>
{
    public ReverseCoinTransactionCommandValidator()
    {
        RuleFor(c => c.IdempotencyKey).IdempotencyKey();
        RuleFor(c => c.Reason).RequiredText(CoinTransaction.MaxReasonLength, multiline: true);
    }
}

public sealed class ReverseCoinTransactionCommandHandler(ITalentMatchDbContext db, ICurrentUser user, CoinLedger ledger)
    : IRequestHandler<ReverseCoinTransactionCommand, CoinTransactionDto>
{
    public async Task<CoinTransactionDto> Handle(ReverseCoinTransactionCommand request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var original = await db.CoinTransactions.AsNoTracking().FirstOrDefaultAsync(t => t.Id == request.TransactionId, cancellationToken)
            ?? throw new NotFoundException(EntityNames.CoinTransaction, request.TransactionId);
        var accounts = await ledger.LockAccountsAsync([original.DebitAccountId, original.CreditAccountId], cancellationToken);
        if (await db.CoinTransactions.AnyAsync(t => t.ReversesTransactionId == original.Id, cancellationToken))
        {
            throw new DomainRuleException(DomainMessages.CoinTransactionAlreadyReversed);
        }

        var reversal = original.Reverse(accounts[original.DebitAccountId], accounts[original.CreditAccountId], request.Reason!, userId, ledger.Now);
        db.CoinTransactions.Add(reversal);
        await db.SaveChangesAsync(cancellationToken);
        return CoinTransactionDto.From(reversal, accounts[original.CreditAccountId].Balance);
    }
}
