using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.MatchmakingTestData;

namespace TalentMatch.FunctionalTests.Coins;

/// <summary>
/// Coin expiry is off by default; a second host on the same database has <c>Coins:ExpiryMonths</c>
/// set to 1, as another deployment would.
/// </summary>
public sealed class CoinExpiryTests : CoinsTest
{
    private TalentMatchFactory _expiring = null!;

    [SetUp]
    public void StartExpiringHost() =>
        _expiring = new TalentMatchFactory(new Dictionary<string, string?> { ["Coins:ExpiryMonths"] = "1" }, sharedDatabasePath: Testing.Factory.DatabasePath);

    [TearDown]
    public async Task StopExpiringHostAsync() => await _expiring.DisposeAsync();

    [Test]
    public async Task ExpiryRun_WhenOff_ExpiresNoCoins()
    {
        var award = await AwardAsync(ProfileId, 10);
        await BackdateAsync(award.Id(), months: 3);

        var run = await WriteAsync(Coordinator, "/api/v1/coins/expiry-runs", Today());

        await run.ShouldHaveStatusAsync(HttpStatusCode.Created);
        (await run.JsonAsync()).GetProperty("coinsExpired").GetInt64().ShouldBe(0);
        (await BalanceAsync()).ShouldBe(10);
    }

    [Test]
    public async Task ExpiryRun_WhenOn_ExpiresTheUnspentOldCoinsOnly_OncePerDay()
    {
        var old = await AwardAsync(ProfileId, 10);
        await BackdateAsync(old.Id(), months: 2);
        await ReservedAsync(Person, await OfferAsync(price: 3));
        await AwardAsync(ProfileId, 4);
        using var coordinator = _expiring.CreateClient();
        coordinator.DefaultRequestHeaders.Authorization = Coordinator.DefaultRequestHeaders.Authorization;

        var run = await WriteAsync(coordinator, "/api/v1/coins/expiry-runs", Today());
        var rerun = await WriteAsync(coordinator, "/api/v1/coins/expiry-runs", Today());

        await run.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var result = await run.JsonAsync();
        result.GetProperty("coinsExpired").GetInt64().ShouldBe(7, "10 old coins, of which 3 were spent first");
        result.GetProperty("walletsExpired").GetInt32().ShouldBe(1);
        (await rerun.JsonAsync()).GetProperty("coinsExpired").GetInt64().ShouldBe(0);
        (await BalanceAsync()).ShouldBe(4);
        Text((await WalletAsync()).GetProperty("history").GetProperty("items")[0], "kind").ShouldBe("expire");
        await LedgerShouldBalanceAsync();
    }

    private static JsonObject Today() => new() { ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd") };

    /// <summary>Moves a transaction and its entries back in time, as if it were made months ago.</summary>
    private static Task BackdateAsync(Guid transactionId, int months) =>
        WithDbAsync(null, async db =>
        {
            var at = DateTime.UtcNow.AddMonths(-months);
            await db.CoinTransactions.Where(t => t.Id == transactionId).ExecuteUpdateAsync(s => s.SetProperty(t => t.At, at));
            return await db.CoinEntries.Where(e => e.TransactionId == transactionId).ExecuteUpdateAsync(s => s.SetProperty(e => e.At, at));
        });
}
