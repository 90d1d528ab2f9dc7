using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.MatchmakingTestData;

namespace TalentMatch.FunctionalTests.Coins;

/// <summary>Offers, reservations with a one-time code, redemption at the partner's till, and the partner's settlement.</summary>
public sealed class RedemptionTests : CoinsTest
{
    [Test]
    public async Task Reserve_HoldsTheCoins_AndTheCodeIsRedeemedOnceByThePartner_WhoNeverSeesThePerson()
    {
        await AwardAsync(ProfileId, 10);
        var offer = await OfferAsync(price: 4, stock: 3);

        var reservation = await ReservedAsync(Person, offer);
        var code = Text(reservation, "code");
        var redeemed = await RedeemAsync(Till, code.ToLowerInvariant());
        var again = await RedeemAsync(Till, code);

        reservation.GetProperty("walletBalance").GetInt64().ShouldBe(6);
        Text(reservation, "status").ShouldBe("reserved");
        await redeemed.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var body = await redeemed.Content.ReadAsStringAsync();
        body.ShouldNotContain(ProfileId.ToString());
        body.ShouldNotContain("Amina");
        var redemption = Json(body);
        Text(redemption, "status").ShouldBe("redeemed");
        Text(redemption, "offerTitle").ShouldBe("Zwembeurt");
        redemption.GetProperty("price").GetInt64().ShouldBe(4);
        Text(await again.ShouldBeProblemAsync(HttpStatusCode.Conflict), "reservationStatus").ShouldBe("redeemed");
        var wallet = await WalletAsync();
        wallet.GetProperty("balance").GetInt64().ShouldBe(6);
        wallet.GetProperty("held").GetInt64().ShouldBe(0);
        var kinds = wallet.GetProperty("history").GetProperty("items").EnumerateArray().Select(e => Text(e, "kind")).ToList();
        kinds.ShouldBe(["reserve", "award"]);
        Text(wallet.GetProperty("history").GetProperty("items")[0], "offerTitle").ShouldBe("Zwembeurt");
        await LedgerShouldBalanceAsync();
    }

    [Test]
    public async Task RedeemRetriedWithTheSameKey_ReturnsTheFirstAnswer()
    {
        await AwardAsync(ProfileId, 5);
        var code = Text(await ReservedAsync(Person, await OfferAsync(price: 5)), "code");

        var first = await RedeemAsync(Till, code, key: "till-1");
        var retry = await RedeemAsync(Till, code, key: "till-1");

        await first.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await retry.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await retry.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        await LedgerShouldBalanceAsync();
    }

    [Test]
    public async Task Redeem_ByAnotherPartner_Returns403_AndAnUnknownCode404()
    {
        await AwardAsync(ProfileId, 5);
        var code = Text(await ReservedAsync(Person, await OfferAsync(price: 5)), "code");
        using var otherTill = await Testing.AsAsync(Roles.Employer, await CreatePartnerAsync("Stedelijk zwembad"));

        await (await RedeemAsync(otherTill, code)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await RedeemAsync(Till, "ZZZZZZZZZZ")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await WalletAsync()).GetProperty("held").GetInt64().ShouldBe(5);
    }

    [Test]
    public async Task Reserve_WithTooFewCoins_Returns409StatingTheBalance()
    {
        await AwardAsync(ProfileId, 3);

        var response = await ReserveAsync(Person, await OfferAsync(price: 5));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("balance").GetInt64().ShouldBe(3);
        problem.GetProperty("required").GetInt64().ShouldBe(5);
        problem.GetProperty("detail").GetString()!.ShouldContain("3");
    }

    [Test]
    public async Task Reserve_UnknownOffer404_AndOutOfStock409()
    {
        await AwardAsync(ProfileId, 10);
        var offer = await OfferAsync(price: 1, stock: 1);
        await ReservedAsync(Person, offer);

        await (await ReserveAsync(Person, Guid.NewGuid())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await ReserveAsync(Person, offer)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await BalanceAsync()).ShouldBe(9);
    }

    [Test]
    public async Task Cancel_GivesTheCoinsBack_AndTheCodeCannotBeRedeemed()
    {
        await AwardAsync(ProfileId, 5);
        var reservation = await ReservedAsync(Person, await OfferAsync(price: 5, stock: 1));

        var cancelled = await WriteAsync(Person, $"/api/v1/coins/reservations/{reservation.Id()}/cancel");

        await cancelled.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Text(await cancelled.JsonAsync(), "status").ShouldBe("cancelled");
        (await BalanceAsync()).ShouldBe(5);
        await (await RedeemAsync(Till, Text(reservation, "code"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await Person.ListAsync("/api/v1/coins/offers")).GetProperty("items")[0].GetProperty("stock").GetInt32().ShouldBe(1);
        await LedgerShouldBalanceAsync();
    }

    [Test]
    public async Task Expiry_ReleasesAnUnredeemedReservation_Once_AndTheExpiredCodeIs409()
    {
        await AwardAsync(ProfileId, 5);
        var reservation = await ReservedAsync(Person, await OfferAsync(price: 5));
        await WithDbAsync(null, db => db.CoinReservations.Where(r => r.Id == reservation.Id())
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ExpiresAt, DateTime.UtcNow.AddDays(-1))));
        var today = new JsonObject { ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd") };

        var run = await WriteAsync(Coordinator, "/api/v1/coins/expiry-runs", today);
        var rerun = await WriteAsync(Coordinator, "/api/v1/coins/expiry-runs", today);

        await run.ShouldHaveStatusAsync(HttpStatusCode.Created);
        (await run.JsonAsync()).GetProperty("reservationsExpired").GetInt32().ShouldBe(1);
        (await rerun.JsonAsync()).GetProperty("reservationsExpired").GetInt32().ShouldBe(0);
        (await BalanceAsync()).ShouldBe(5);
        await (await RedeemAsync(Till, Text(reservation, "code"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Text(await Person.ListAsync($"/api/v1/coins/reservations/{reservation.Id()}"), "status").ShouldBe("expired");
        await LedgerShouldBalanceAsync();
    }

    [Test]
    public async Task ExpiryRun_ForADayToCome_Returns400()
    {
        var response = await WriteAsync(Coordinator, "/api/v1/coins/expiry-runs", new JsonObject { ["date"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd") });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe(["date"]);
    }

    [Test]
    public async Task QrCode_IsAPngForTheOwner_AndNotFoundForAnyoneElse()
    {
        await AwardAsync(ProfileId, 5);
        var reservation = await ReservedAsync(Person, await OfferAsync(price: 5));
        var (other, _, _) = await PersonAsync("Bram");
        using var _ = other;

        var png = await Person.GetAsync(Text(reservation, "qrCodeUrl"));
        var theirs = await other.GetAsync(Text(reservation, "qrCodeUrl"));

        await png.ShouldHaveStatusAsync(HttpStatusCode.OK);
        png.Content.Headers.ContentType?.MediaType.ShouldBe("image/png");
        (await png.Content.ReadAsByteArrayAsync()).Take(4).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
        await theirs.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task CreateOffer_ForAnOrganisationThatIsNoPartner_Returns409_AndAsEmployerOfAnotherPartner403()
    {
        var company = await OpportunityTestData.CreateOrganisationAsync(Admin, "Havenlogistiek");
        using var otherTill = await Testing.AsAsync(Roles.Employer, await CreatePartnerAsync("Fietsenmaker"));

        await (await WriteAsync(Coordinator, "/api/v1/coins/offers", OfferBody(5, 1, company))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await WriteAsync(otherTill, "/api/v1/coins/offers", OfferBody(5, 1, PartnerId))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await WriteAsync(Till, "/api/v1/coins/offers", OfferBody(5, 1, PartnerId))).ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    [TestCase("price", 0)]
    [TestCase("price", -1)]
    [TestCase("price", 1_000_001)]
    [TestCase("stock", -1)]
    public async Task CreateOffer_WithABadNumber_Returns400NamingIt(string field, long value)
    {
        var body = OfferBody(5, 1, PartnerId);
        body[field] = value;

        var response = await WriteAsync(Coordinator, "/api/v1/coins/offers", body);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe([field]);
    }

    [Test]
    public async Task Settlement_ListsThePartnersRedemptionsOfTheMonth_AsCsv_WithoutThePerson()
    {
        await AwardAsync(ProfileId, 10);
        var offer = await OfferAsync(price: 3);
        var code = Text(await ReservedAsync(Person, offer), "code");
        await ReservedAsync(Person, offer);
        await (await RedeemAsync(Till, code)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var month = DateTime.UtcNow.AddHours(1).ToString("yyyy-MM");
        var url = $"/api/v1/coins/partners/{PartnerId}/settlements/{month}";

        var json = await Till.ListAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/csv");
        var csv = await Coordinator.SendAsync(request);
        using var otherTill = await Testing.AsAsync(Roles.Employer, await CreatePartnerAsync("Fietsenmaker"));

        json.GetProperty("redemptions").GetInt32().ShouldBe(1);
        json.GetProperty("totalCoins").GetInt64().ShouldBe(3);
        await csv.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("month,partner,redeemedAt,reservationId,code,offerId,offerTitle,coins");
        lines.Length.ShouldBe(2);
        lines[1].ShouldContain(code);
        lines[1].ShouldEndWith(",Zwembeurt,3");
        lines[1].ShouldNotContain(ProfileId.ToString());
        await (await otherTill.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await Coordinator.GetAsync($"/api/v1/coins/partners/{PartnerId}/settlements/2026-13")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
