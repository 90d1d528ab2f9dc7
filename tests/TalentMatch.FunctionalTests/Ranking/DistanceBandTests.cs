using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Infrastructure;
using TalentMatch.FunctionalTests.Matchmaking;
using static TalentMatch.FunctionalTests.Infrastructure.MatchingTestData;

namespace TalentMatch.FunctionalTests.Ranking;

/// <summary>
/// An anonymised candidate reveals no more than the district. An employer who drafts vacancies at
/// postcodes of their choosing, to trilaterate a person from the answers, learns nothing that
/// tells two people of one district apart: the distance runs from the district's centroid, and
/// the employer sees only its band.
/// </summary>
public sealed class DistanceBandTests : MatchmakingTest
{
    /// <summary>Postcodes all around Antwerp and further, to place the employer's probes.</summary>
    private static readonly string[] Probes = ["2000", "2018", "2030", "2060", "2100", "2140", "2660", "2900", "9000"];

    [Test]
    public async Task Employer_ProbingFromChosenPostcodes_CannotTellTwoPeopleOfOneDistrictApart()
    {
        // Two people alike in all but the postcode, both in the district Antwerpen (2000 and 2060 lie some 2 km apart).
        var centre = await CreateProfileAsync(Scout, "Centrum", [Has(Forklift)], "2000");
        var north = await CreateProfileAsync(Scout, "Seefhoek", [Has(Forklift)], "2060");
        var employer = await ClientAsync(Roles.Employer, OrganisationId);
        var bands = new HashSet<string>();

        foreach (var postcode in Probes)
        {
            var vacancy = await employer.CreateAsync("/api/v1/vacancies", DraftAt(postcode));
            var list = await employer.ListAsync($"/api/v1/vacancies/{vacancy.Id()}/matches");
            var items = list.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("profileId").GetGuid());

            var (a, b) = (items[centre], items[north]);
            WithoutId(a).ShouldBe(WithoutId(b), $"vacancy at {postcode}");
            a.GetProperty("distanceKm").ValueKind.ShouldBe(JsonValueKind.Null);
            a.GetProperty("candidate").GetProperty("displayName").ValueKind.ShouldBe(JsonValueKind.Null);
            a.GetProperty("candidate").GetProperty("district").GetString().ShouldBe("Antwerpen");
            a.GetProperty("summary").GetString()!.ShouldNotContain("km");
            bands.Add(a.GetProperty("distanceBand").GetString()!);
        }

        bands.ShouldBe(["under2Km", "from2To5Km", "from5To10Km", "over10Km"], ignoreOrder: true);
    }

    [Test]
    public async Task Staff_SeeTheDistanceFromTheDistrictCentroid_InKm()
    {
        var centre = await CreateProfileAsync(Scout, "Centrum", [Has(Forklift)], "2000");
        var north = await CreateProfileAsync(Scout, "Seefhoek", [Has(Forklift)], "2060");
        var vacancy = await Matchmaker.CreateAsync("/api/v1/vacancies", DraftAt("2100"));

        var list = await Matchmaker.ListAsync($"/api/v1/vacancies/{vacancy.Id()}/matches");

        var items = list.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("profileId").GetGuid());
        var km = items[centre].GetProperty("distanceKm").GetDouble();
        items[north].GetProperty("distanceKm").GetDouble().ShouldBe(km);
        km.ShouldBeInRange(3.5, 5);
        items[centre].GetProperty("distanceBand").GetString().ShouldBe("from2To5Km");
        items[centre].GetProperty("candidate").GetProperty("displayName").GetString().ShouldBe("Centrum");
    }

    [Test]
    public async Task MatchSnapshot_ShowsTheBandOnly()
    {
        var profile = await CreateProfileAsync(Scout, "Centrum", [Has(Forklift)], "2000");

        var match = await CreateMatchAsync(profile);

        var explanation = match.GetProperty("explanation");
        explanation.GetProperty("distanceKm").ValueKind.ShouldBe(JsonValueKind.Null);
        explanation.GetProperty("distanceBand").GetString().ShouldNotBeNull();
        explanation.GetProperty("candidate").GetProperty("displayName").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    private JsonObject DraftAt(string postcode) => new()
    {
        ["organisationId"] = OrganisationId.ToString(),
        ["title"] = $"Probe {postcode}",
        ["postcode"] = postcode,
        ["hoursPerWeek"] = 38,
        ["openings"] = 1,
        ["contract"] = "permanent",
        ["requirements"] = OpportunityTestData.Array(new JsonObject { ["competenceId"] = Forklift.ToString(), ["minLevel"] = 2, ["importance"] = "required" }),
        ["status"] = "draft",
    };

    private static string WithoutId(JsonElement item)
    {
        var node = JsonNode.Parse(item.GetRawText())!.AsObject();
        node.Remove("profileId");
        return node.ToJsonString();
    }
}
