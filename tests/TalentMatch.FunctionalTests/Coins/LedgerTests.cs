using System.Net;
using System.Text.Json.Nodes;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Infrastructure;

namespace TalentMatch.FunctionalTests.Coins;

/// <summary>Awards, corrections, idempotent writes and concurrent spending over HTTP.</summary>
public sealed class LedgerTests : CoinsTest
{
    [Test]
    public async Task Award_AsCoordinator_Returns201_AndTheWalletHoldsIt()
    {
        var award = await AwardAsync(ProfileId, 7, "Opruimactie in het park");

        Text(award, "kind").ShouldBe("award");
        award.GetProperty("amount").GetInt64().ShouldBe(7);
        award.GetProperty("walletBalance").GetInt64().ShouldBe(7);
        var wallet = await WalletAsync();
        wallet.GetProperty("balance").GetInt64().ShouldBe(7);
        Text(wallet.GetProperty("history").GetProperty("items")[0], "reason").ShouldBe("Opruimactie in het park");
    }

    [TestCase(Roles.Matchmaker)]
    [TestCase(Roles.Employer)]
    [TestCase(Roles.JobSeeker)]
    public async Task Award_AsAnotherRole_Returns403(string role)
    {
        using var client = role == Roles.Employer ? await Testing.AsAsync(role, PartnerId) : await Testing.AsAsync(role);

        var response = await WriteAsync(client, "/api/v1/coins/awards", new JsonObject { ["profileId"] = ProfileId.ToString(), ["amount"] = 5, ["reason"] = "x" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await BalanceAsync()).ShouldBe(0);
    }

    [TestCase(0, "amount")]
    [TestCase(-5, "amount")]
    [TestCase(10_001, "amount")]
    [TestCase(1_000_000_000_000, "amount")]
    public async Task Award_ZeroNegativeOrHugeAmount_Returns400NamingTheAmount(long amount, string field)
    {
        var response = await WriteAsync(Coordinator, "/api/v1/coins/awards", new JsonObject { ["profileId"] = ProfileId.ToString(), ["amount"] = amount, ["reason"] = "x" });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe([field]);
        (await BalanceAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Award_WithoutReason_Returns400_AndWithoutIdempotencyKey400()
    {
        var noReason = await WriteAsync(Coordinator, "/api/v1/coins/awards", new JsonObject { ["profileId"] = ProfileId.ToString(), ["amount"] = 5 });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/coins/awards")
        {
            Content = JsonContent(new JsonObject { ["profileId"] = ProfileId.ToString(), ["amount"] = 5, ["reason"] = "x" }),
        };
        var noKey = await Coordinator.SendAsync(request);

        (await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe(["reason"]);
        (await noKey.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe(["idempotencyKey"]);
        (await BalanceAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Award_RetriedWithTheSameKey_ReturnsTheFirstAnswer_AndAwardsOnce()
    {
        var body = new JsonObject { ["profileId"] = ProfileId.ToString(), ["amount"] = 5, ["reason"] = "Buurtfeest" };

        var first = await WriteAsync(Coordinator, "/api/v1/coins/awards", body, key: "award-1");
        var retry = await WriteAsync(Coordinator, "/api/v1/coins/awards", body, key: "award-1");

        await first.ShouldHaveStatusAsync(HttpStatusCode.Created);
        await retry.ShouldHaveStatusAsync(HttpStatusCode.Created);
        (await retry.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        (await BalanceAsync()).ShouldBe(5);
    }

    [Test]
    public async Task Award_TenParallelRetriesWithOneKey_AwardOnce_AndEachGetsTheFirstAnswerOrA409()
    {
        var body = new JsonObject { ["profileId"] = ProfileId.ToString(), ["amount"] = 5, ["reason"] = "Buurtfeest" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => WriteAsync(Coordinator, "/api/v1/coins/awards", body, key: "same")));

        var answers = new List<string>();
        foreach (var response in responses)
        {
            new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }.ShouldContain(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                answers.Add(await response.Content.ReadAsStringAsync());
            }
        }

        answers.ShouldNotBeEmpty();
        answers.Distinct().Count().ShouldBe(1);
        (await BalanceAsync()).ShouldBe(5);
        await LedgerShouldBalanceAsync();
    }

    [Test]
    public async Task Award_SameKeyForAnotherRequest_Returns409()
    {
        await WriteAsync(Coordinator, "/api/v1/coins/awards", new JsonObject { ["profileId"] = ProfileId.ToString(), ["amount"] = 5, ["reason"] = "Buurtfeest" }, key: "k");

        var reused = await WriteAsync(Coordinator, "/api/v1/coins/awards", new JsonObject { ["profileId"] = ProfileId.ToString(), ["amount"] = 9, ["reason"] = "Buurtfeest" }, key: "k");

        await reused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await BalanceAsync()).ShouldBe(5);
    }

    [Test]
    public async Task FiftyParallelSpends_FromOneWallet_SpendExactlyTheBalance()
    {
        await AwardAsync(ProfileId, 20);
        var offer = await OfferAsync(price: 1, stock: 100);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => ReserveAsync(Person, offer)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(20);
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        refused.Count.ShouldBe(30);
        foreach (var response in refused)
        {
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
            problem.GetProperty("balance").GetInt64().ShouldBe(0);
        }

        var wallet = await WalletAsync();
        wallet.GetProperty("balance").GetInt64().ShouldBe(0);
        wallet.GetProperty("held").GetInt64().ShouldBe(20);
        await LedgerShouldBalanceAsync();
    }

    [Test]
    public async Task Reverse_AnAward_TakesTheCoinsBack_WithReasonAndWho_AndOnlyOnce()
    {
        var award = await AwardAsync(ProfileId, 6);
        var url = $"/api/v1/coins/transactions/{award.Id()}/reverse";

        var response = await WriteAsync(Coordinator, url, new JsonObject { ["reason"] = "Dubbel toegekend" });
        var again = await WriteAsync(Coordinator, url, new JsonObject { ["reason"] = "Nog eens" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var reversal = await response.JsonAsync();
        Text(reversal, "kind").ShouldBe("reversal");
        reversal.GetProperty("reversesTransactionId").GetGuid().ShouldBe(award.Id());
        Text(reversal, "reason").ShouldBe("Dubbel toegekend");
        reversal.GetProperty("byUserId").ValueKind.ShouldNotBe(System.Text.Json.JsonValueKind.Null);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await BalanceAsync()).ShouldBe(0);
        (await WalletAsync()).GetProperty("history").GetProperty("total").GetInt32().ShouldBe(2, "the award stays, next to its reversal");
        await LedgerShouldBalanceAsync();
    }

    [Test]
    public async Task Reverse_WhenTheCoinsWereSpent_Returns409WithTheBalance()
    {
        var award = await AwardAsync(ProfileId, 6);
        await ReservedAsync(Person, await OfferAsync(price: 4));

        var response = await WriteAsync(Coordinator, $"/api/v1/coins/transactions/{award.Id()}/reverse", new JsonObject { ["reason"] = "Vergissing" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("balance").GetInt64().ShouldBe(2);
        (await BalanceAsync()).ShouldBe(2);
    }

    [Test]
    public async Task Wallet_OfSomeoneElse_AsJobSeeker_Returns403_AndTheirOwn200()
    {
        var (other, _, otherProfile) = await PersonAsync("Bram");
        using var _ = other;

        await (await Person.GetAsync($"/api/v1/coins/wallets/{otherProfile}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await WalletAsync(other, otherProfile)).GetProperty("balance").GetInt64().ShouldBe(0);
    }

    private static StringContent JsonContent(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
