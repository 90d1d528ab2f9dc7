using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Coins;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Infrastructure;
using TalentMatch.FunctionalTests.Profiles;
using static TalentMatch.FunctionalTests.Infrastructure.OpportunityTestData;

namespace TalentMatch.FunctionalTests.Coins;

/// <summary>
/// What the coins tests share: a coordinator, a partner (an organisation of kind partner) with an
/// employer at its till, and a person with a profile of their own.
/// </summary>
public abstract class CoinsTest : FunctionalTest
{
    protected HttpClient Admin { get; private set; } = null!;
    protected HttpClient Coordinator { get; private set; } = null!;
    protected HttpClient Till { get; private set; } = null!;
    protected HttpClient Person { get; private set; } = null!;
    protected Guid PartnerId { get; private set; }
    protected Guid ProfileId { get; private set; }
    protected Guid PersonUserId { get; private set; }
    protected Guid CompetenceId { get; private set; }

    [SetUp]
    public async Task ArrangeCoinsAsync()
    {
        Admin = await Testing.AsAdminAsync();
        Coordinator = await Testing.AsAsync(Roles.Coordinator);
        PartnerId = await CreatePartnerAsync("Sociale kruidenier");
        Till = await Testing.AsAsync(Roles.Employer, PartnerId);
        CompetenceId = await CompetenceIdAsync(Admin, "customer service");
        (Person, PersonUserId, ProfileId) = await PersonAsync("Amina");
    }

    [TearDown]
    public void DisposeClients()
    {
        Admin.Dispose();
        Coordinator.Dispose();
        Till.Dispose();
        Person.Dispose();
    }

    protected async Task<Guid> CreatePartnerAsync(string name)
    {
        var body = OrganisationBody(name, "2060");
        body["kind"] = "partner";
        return (await Admin.CreateAsync("/api/v1/organisations", body)).Id();
    }

    /// <summary>A job seeker with their own profile (postcode 2100, Deurne, unless given).</summary>
    protected async Task<(HttpClient Client, Guid UserId, Guid ProfileId)> PersonAsync(string name, string postcode = "2100")
    {
        var account = await Testing.CreateAccountAsync(Roles.JobSeeker);
        var client = await Testing.SignedInAsync(account.Email, account.Password);
        var body = ProfilesTests.Body(CompetenceId, name);
        body["postcode"] = postcode;
        return (client, account.Id, await ProfilesTests.CreateAsync(client, body));
    }

    /// <summary>Sends a write with an Idempotency-Key (a new one unless given).</summary>
    protected static async Task<HttpResponseMessage> WriteAsync(HttpClient client, string url, JsonNode? body = null, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body?.ToJsonString() ?? "{}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString("N"));
        return await client.SendAsync(request);
    }

    protected async Task<JsonElement> AwardAsync(Guid profileId, long amount, string reason = "Buurtfeest mee opgezet")
    {
        var response = await WriteAsync(Coordinator, "/api/v1/coins/awards", new JsonObject { ["profileId"] = profileId.ToString(), ["amount"] = amount, ["reason"] = reason });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return await response.JsonAsync();
    }

    protected async Task<Guid> OfferAsync(long price, int stock = 10, Guid? partnerId = null, string title = "Zwembeurt")
    {
        var response = await WriteAsync(Coordinator, "/api/v1/coins/offers", OfferBody(price, stock, partnerId ?? PartnerId, title));
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.JsonAsync()).Id();
    }

    protected static JsonObject OfferBody(long price, int stock, Guid partnerId, string title = "Zwembeurt") => new()
    {
        ["partnerOrganisationId"] = partnerId.ToString(),
        ["title"] = title,
        ["description"] = "Eén beurt in het stedelijk zwembad.",
        ["price"] = price,
        ["stock"] = stock,
        ["validUntil"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"),
    };

    protected static Task<HttpResponseMessage> ReserveAsync(HttpClient person, Guid offerId, string? key = null) =>
        WriteAsync(person, $"/api/v1/coins/offers/{offerId}/reservations", key: key);

    protected async Task<JsonElement> ReservedAsync(HttpClient person, Guid offerId)
    {
        var response = await ReserveAsync(person, offerId);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return await response.JsonAsync();
    }

    protected static Task<HttpResponseMessage> RedeemAsync(HttpClient till, string code, string? key = null) =>
        WriteAsync(till, $"/api/v1/coins/redemptions/{code}/redeem", key: key);

    protected async Task<JsonElement> WalletAsync(HttpClient? client = null, Guid? profileId = null) =>
        await (client ?? Person).ListAsync($"/api/v1/coins/wallets/{profileId ?? ProfileId}");

    protected async Task<long> BalanceAsync(Guid? profileId = null) =>
        (await WalletAsync(Coordinator, profileId)).GetProperty("balance").GetInt64();

    /// <summary>Every account's cached balance equals the sum of its entries, all entries add up to zero, and only the city's account is negative.</summary>
    protected static Task LedgerShouldBalanceAsync() =>
        MatchmakingTestData.WithDbAsync(null, async db =>
        {
            var sums = await db.CoinEntries.GroupBy(e => e.AccountId).Select(g => new { g.Key, Sum = g.Sum(e => e.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Sum);
            var accounts = await db.CoinAccounts.AsNoTracking().ToListAsync();
            sums.Values.Sum().ShouldBe(0);
            foreach (var account in accounts)
            {
                account.Balance.ShouldBe(sums.GetValueOrDefault(account.Id), $"{account.Kind} {account.Id}");
                if (account.Kind != CoinAccountKind.Issuance)
                {
                    account.Balance.ShouldBeGreaterThanOrEqualTo(0);
                }
            }

            var held = await db.CoinReservations.Where(r => r.Status == CoinReservationStatus.Reserved).SumAsync(r => r.Price);
            accounts.Single(a => a.Id == CoinAccount.HoldingId).Balance.ShouldBe(held);
            return 0;
        });

    protected static string Text(JsonElement element, string property) => element.GetProperty(property).GetString()!;

    protected static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
