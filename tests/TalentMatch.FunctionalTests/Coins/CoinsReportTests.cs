using System.Net;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Infrastructure;

namespace TalentMatch.FunctionalTests.Coins;

/// <summary>Coins per month and district, with small groups folded away.</summary>
public sealed class CoinsReportTests : CoinsTest
{
    private static readonly string Month = DateTime.UtcNow.AddHours(1).ToString("yyyy-MM");

    [Test]
    public async Task Report_ShowsADistrictOfThreePeople_AndWithholdsASmallerGroup()
    {
        await AwardAsync(ProfileId, 10);
        for (var i = 0; i < 2; i++)
        {
            var (client, _, profile) = await PersonAsync($"Buur {i}");
            client.Dispose();
            await AwardAsync(profile, 4);
        }

        var (loner, _, lonerProfile) = await PersonAsync("Ver weg", postcode: "2660");
        loner.Dispose();
        await AwardAsync(lonerProfile, 50);
        await ReservedAsync(Person, await OfferAsync(price: 6));

        var report = await Coordinator.ListAsync($"/api/v1/coins/reports?from={Month}&to={Month}");

        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        rows.Count.ShouldBe(2);
        var deurne = rows[0];
        Text(deurne, "district").ShouldBe("Deurne");
        deurne.GetProperty("people").GetInt32().ShouldBe(3);
        deurne.GetProperty("issued").GetInt64().ShouldBe(18);
        deurne.GetProperty("held").GetInt64().ShouldBe(18, "reserved coins are still held until redeemed");
        deurne.GetProperty("redeemed").GetInt64().ShouldBe(0);
        var other = rows[1];
        Text(other, "district").ShouldBe("other");
        other.GetProperty("people").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        other.GetProperty("issued").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Test]
    public async Task Report_AsCsv_HasItsHeader_AndForOneDistrictOnlyThatDistrict()
    {
        await AwardAsync(ProfileId, 10);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/coins/reports?from={Month}&to={Month}&district=deurne");
        request.Headers.Accept.ParseAdd("text/csv");

        var response = await Coordinator.SendAsync(request);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldBe(["month,district,people,issued,held,redeemed,expired", $"{Month},other,,,,,"]);
    }

    [TestCase("from=2026-01&to=2025-12", "to")]
    [TestCase("from=januari&to=2026-01", "from")]
    [TestCase("from=2026-01&to=2026-01&district=Atlantis", "district")]
    public async Task Report_WithBadMonthsOrDistrict_Returns400NamingTheField(string query, string field)
    {
        var response = await Coordinator.GetAsync($"/api/v1/coins/reports?{query}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldContain(field);
    }

    [TestCase(Roles.Matchmaker)]
    [TestCase(Roles.JobSeeker)]
    public async Task Report_AsAnotherRole_Returns403(string role)
    {
        using var client = await Testing.AsAsync(role);

        (await client.GetAsync($"/api/v1/coins/reports?from={Month}&to={Month}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
