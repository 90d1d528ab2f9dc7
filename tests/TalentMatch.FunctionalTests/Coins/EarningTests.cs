using System.Net;
using System.Text.Json.Nodes;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using static TalentMatch.FunctionalTests.Infrastructure.MatchmakingTestData;
using static TalentMatch.FunctionalTests.Infrastructure.OpportunityTestData;

namespace TalentMatch.FunctionalTests.Coins;

/// <summary>Confirmed hours on a neighbourhood request become coins, once, within the monthly cap.</summary>
public sealed class EarningTests : CoinsTest
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private HttpClient _matchmaker = null!;

    [SetUp]
    public async Task ArrangeMatchmakerAsync() => _matchmaker = await Testing.AsAsync(Roles.Matchmaker);

    [TearDown]
    public void DisposeMatchmaker() => _matchmaker.Dispose();

    [Test]
    public async Task ConfirmedNeighbourhoodHours_EarnOneCoinPerFullHour_AndConfirmingAgainIssuesNothing()
    {
        var request = await RequestAsync(neighbourhood: true);
        var entry = await LogAsync(request, Today.AddDays(-1), 2.5);

        await (await _matchmaker.PostAsync(ConfirmUrl(request, entry), null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await _matchmaker.PostAsync(ConfirmUrl(request, entry), null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var wallet = await WalletAsync();
        wallet.GetProperty("balance").GetInt64().ShouldBe(2);
        var history = wallet.GetProperty("history").GetProperty("items").EnumerateArray().ToList();
        history.Count.ShouldBe(1);
        Text(history[0], "kind").ShouldBe("earn");
        history[0].GetProperty("amount").GetInt64().ShouldBe(2);
        await LedgerShouldBalanceAsync();
    }

    [Test]
    public async Task ConfirmedHoursOnARequestNotForTheNeighbourhood_EarnNothing()
    {
        var request = await RequestAsync(neighbourhood: false);
        var entry = await LogAsync(request, Today.AddDays(-1), 4);

        await (await _matchmaker.PostAsync(ConfirmUrl(request, entry), null)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        (await BalanceAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Earning_StopsAtTheMonthlyCap()
    {
        var request = await RequestAsync(neighbourhood: true);
        var entries = new List<Guid>();
        for (var day = 1; day <= 3; day++)
        {
            entries.Add(await LogAsync(request, Today.AddDays(-day), 8));
        }

        foreach (var entry in entries)
        {
            await (await _matchmaker.PostAsync(ConfirmUrl(request, entry), null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        (await BalanceAsync()).ShouldBe(20, "Coins:MonthlyCap is 20 by default; 24 hours were confirmed");
        await LedgerShouldBalanceAsync();
    }

    [Test]
    public async Task HoursTheConfirmerLogged_AreRefused_AndEarnNothing()
    {
        var request = await RequestAsync(neighbourhood: true);
        await AddMatchInStateAsync(ProfileId, request, MatchState.Accepted);
        var logged = await WriteAsync(_matchmaker, $"/api/v1/volunteer-requests/{request}/hours", new JsonObject
        {
            ["profileId"] = ProfileId.ToString(),
            ["date"] = Today.AddDays(-1).ToString("yyyy-MM-dd"),
            ["hours"] = 3,
        });
        await logged.ShouldHaveStatusAsync(HttpStatusCode.Created);

        var response = await _matchmaker.PostAsync(ConfirmUrl(request, (await logged.JsonAsync()).Id()), null);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await BalanceAsync()).ShouldBe(0);
    }

    private async Task<Guid> RequestAsync(bool neighbourhood)
    {
        var body = VolunteerRequestBody(CompetenceId, title: neighbourhood ? "Boodschappen doen" : "Onthaal", status: "open");
        body["neighbourhood"] = neighbourhood;
        var created = await Admin.CreateAsync("/api/v1/volunteer-requests", body);
        created.GetProperty("neighbourhood").GetBoolean().ShouldBe(neighbourhood);
        return created.Id();
    }

    private async Task<Guid> LogAsync(Guid request, DateOnly date, double hours)
    {
        if (!await WithDbAsync(null, db => Task.FromResult(db.Matches.Any(m => m.ProfileId == ProfileId && m.OpportunityId == request))))
        {
            await AddMatchInStateAsync(ProfileId, request, MatchState.Accepted);
        }

        var body = new JsonObject { ["profileId"] = ProfileId.ToString(), ["date"] = date.ToString("yyyy-MM-dd"), ["hours"] = hours };
        return (await Person.CreateAsync($"/api/v1/volunteer-requests/{request}/hours", body)).Id();
    }

    private static string ConfirmUrl(Guid request, Guid entry) => $"/api/v1/volunteer-requests/{request}/hours/{entry}/confirm";
}
