using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;

namespace TalentMatch.Infrastructure.Persistence;

/// <summary>Runs a unit of work in one transaction, through the provider's execution strategy.</summary>
internal sealed class TransactionRunner(TalentMatchDbContext db) : ITransactionRunner
{
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work(cancellationToken);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            (work, db),
            async (_, state, ct) =>
            {
                await using var transaction = await state.db.Database.BeginTransactionAsync(ct);
                var result = await state.work(ct);
                await transaction.CommitAsync(ct);
                return result;
            },
            verifySucceeded: null,
            cancellationToken);
    }
}
