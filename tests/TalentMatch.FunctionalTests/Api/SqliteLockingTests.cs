using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.FunctionalTests.Infrastructure;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.FunctionalTests.Api;

/// <summary>
/// Every SQLite connection the host opens lets SQLite wait for another connection's write lock
/// (busy_timeout), so a writer that finds the lock taken waits milliseconds in SQLite instead of
/// sleeping 150 ms at a time in the driver (docs/benchmarks/http-load.md, the mixed load).
/// </summary>
public sealed class SqliteLockingTests : FunctionalTest
{
    [Test]
    public async Task EveryConnection_WaitsForAnotherWritersLock()
    {
        await using var scope = Testing.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();

        await db.Database.OpenConnectionAsync();
        var openedAsync = await BusyTimeoutAsync(db);
        await db.Database.CloseConnectionAsync();
        db.Database.OpenConnection();
        var openedSync = await BusyTimeoutAsync(db);
        await db.Database.CloseConnectionAsync();

        openedAsync.ShouldBe(5_000);
        openedSync.ShouldBe(5_000);
    }

    [Test]
    public async Task AWriter_WhileAnotherHoldsTheLock_CommitsOnceItIsReleased()
    {
        await using var holderScope = Testing.Factory.Services.CreateAsyncScope();
        await using var waiterScope = Testing.Factory.Services.CreateAsyncScope();
        var holder = holderScope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
        var waiter = waiterScope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
        var before = await waiter.ChangeFeed.CountAsync();

        await using var held = await holder.Database.BeginTransactionAsync();
        var waiting = Task.Run(async () =>
        {
            await using var transaction = await waiter.Database.BeginTransactionAsync();
            await waiter.Database.ExecuteSqlRawAsync("DELETE FROM ChangeFeed WHERE 0");
            await transaction.CommitAsync();
        });
        await Task.Delay(200);
        waiting.IsCompleted.ShouldBeFalse("the second writer must wait while the first holds the lock");
        await held.CommitAsync();
        await waiting;

        (await waiter.ChangeFeed.CountAsync()).ShouldBe(before);
    }

    private static async Task<long> BusyTimeoutAsync(TalentMatchDbContext db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
