using System.Net;
using System.Text.Json.Nodes;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Infrastructure;
using TalentMatch.FunctionalTests.Matchmaking;

namespace TalentMatch.FunctionalTests.Api;

/// <summary>
/// Inputs at the edges of their types that once answered 500 or the wrong page: days at the end
/// of the calendar, and a page number whose offset overflows.
/// </summary>
public sealed class FarOutInputTests : MatchmakingTest
{
    [Test]
    public async Task Placement_StartingOnTheLastDayOfTheCalendar_Returns400NamingTheStartDate()
    {
        var match = (await CreateMatchAsync(await UnclaimedProfileAsync())).Id();
        await WalkAsync(match, null, "proposed", "accepted", "introduced");

        var response = await TransitionAsync(Matchmaker, match, new { to = "placed", startDate = "9999-12-31", contract = "permanent" });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe(["startDate"]);
        (await GetMatchAsync(Matchmaker, match)).GetProperty("state").GetString().ShouldBe("introduced");
    }

    [TestCase("/api/v1/reports/funnel?from=2025-01-01&to=9999-12-31", "to")]
    [TestCase("/api/v1/reports/aftercare?from=2025-01-01&to=9999-12-31", "to")]
    [TestCase("/api/v1/reports/funnel?from=0001-01-01&to=2025-01-31", "from")]
    public async Task Report_ForDaysAtTheEndsOfTheCalendar_Returns400NamingTheDay(string url, string field)
    {
        var response = await Matchmaker.GetAsync(url);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe([field]);
    }

    [Test]
    public async Task EveryPagedList_OnAPageFarPastTheEnd_GivesAnEmptyPageNotTheFirst()
    {
        var clients = new Dictionary<string, HttpClient>();
        var document = JsonNode.Parse(await (await Testing.Anonymous().GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;
        var lists = document["paths"]!.AsObject()
            .Where(p => !p.Key.Contains('{') && p.Value!["get"]?["parameters"]?.AsArray().Any(q => q!["name"]!.GetValue<string>() == "page") == true)
            .Select(p => (Path: p.Key, Role: CallerOf(p.Value!["get"]!)))
            .ToList();
        lists.Count.ShouldBeGreaterThan(5);
        var nonEmptyFirstPages = 0;

        foreach (var (list, role) in lists)
        {
            if (!clients.TryGetValue(role, out var client))
            {
                clients[role] = client = role == Roles.Admin ? await Testing.AsAdminAsync() : await Testing.AsAsync(role);
            }

            var first = await client.ListAsync($"{list}?page=1");
            var far = await client.ListAsync($"{list}?page={int.MaxValue}&pageSize=200");

            far.GetProperty("items").GetArrayLength().ShouldBe(0, list);
            far.GetProperty("page").GetInt32().ShouldBe(int.MaxValue, list);
            far.GetProperty("total").GetInt32().ShouldBe(first.GetProperty("total").GetInt32(), list);
            nonEmptyFirstPages += first.GetProperty("items").GetArrayLength() > 0 ? 1 : 0;
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        // The catalogue and the people staff made in the set-up fill some lists: an overflow to page 1 would show.
        nonEmptyFirstPages.ShouldBeGreaterThan(0);
    }

    /// <summary>Admin when the policy table lets Admin read the list, else the first role it names.</summary>
    private static string CallerOf(JsonNode operation)
    {
        var roles = OperationRoles.Of(operation) ?? [Roles.Admin];
        return roles.Contains(Roles.Admin) ? Roles.Admin : roles[0];
    }
}
