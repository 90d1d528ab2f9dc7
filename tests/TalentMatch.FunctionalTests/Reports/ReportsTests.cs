using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.FunctionalTests.Catalogue;
using TalentMatch.FunctionalTests.Infrastructure;
using TalentMatch.FunctionalTests.Profiles;
using static TalentMatch.FunctionalTests.Infrastructure.MatchmakingTestData;
using static TalentMatch.FunctionalTests.Infrastructure.OpportunityTestData;

namespace TalentMatch.FunctionalTests.Reports;

/// <summary>
/// Reports over matches in two districts, Deurne (2100) and Borgerhout (2140), in February 2025.
/// The matches are written through the domain (see <see cref="MatchmakingTestData"/>); the
/// expected numbers are worked out by hand in the comments of <see cref="ArrangeAsync"/>. The
/// minimum group size is 3: a figure of 1 or 2 (and a share whose count or rest is 1 or 2) is suppressed.
/// </summary>
public sealed class ReportsTests : FunctionalTest
{
    private const string February = "from=2025-02-01&to=2025-02-28";

    private HttpClient _admin = null!;

    /// <summary>
    /// Job matches (S shortlisted, P proposed, A accepted, I introduced, placed):
    /// M1 Deurne S 2/2 P 2/3 A 2/4 I 2/5 placed 2/12 (10 days), EVC, 3m check-in working, 6m check-in working.
    /// M2 Deurne S 2/2 P 2/4 A 2/6 I 2/8 placed 2/22 (20 days), 3m check-in not working, outcome left.
    /// M3 Deurne S 2/3 P 2/5 declined 2/6.
    /// M4 Borgerhout S 1/10 P 1/12 A 1/15 I 1/20 placed 2/10 (31 days), outcome still working.
    /// M5 Borgerhout S 2/10 withdrawn 2/11.
    /// M6 Deurne S 2/20 P 2/25 A 28/2 23:30 UTC, which is 1 March in Antwerp: after the period.
    /// M7 Borgerhout S 3/5: after the period.
    /// M8 Deurne all steps in January, placed 1/30 starting 2/3, EVC, 3m check-in without an answer, 6m check-in working.
    /// Volunteering: V1 Deurne S 31/1 23:30 UTC (1 February in Antwerp) offered 2/2 A 2/3 done 2/15; V2 Borgerhout S 2/5 offered 2/6 declined 2/7.
    /// Languages: D1 nl ar, D2 nl ar fr, D3 nl ar en, D4 nl, B1 nl so, B2 nl, B3 nl.
    /// </summary>
    [SetUp]
    public async Task ArrangeAsync()
    {
        _admin = await Testing.AsAdminAsync();
        var organisationId = await CreateOrganisationAsync(_admin);
        var v1 = await AddVacancyAsync(organisationId);
        var v2 = await AddVacancyAsync(organisationId, "Heftruckchauffeur");
        var forklift = await CatalogueData.CompetenceIdAsync(CatalogueData.OperateForklift);
        var request = (await _admin.CreateAsync("/api/v1/volunteer-requests", VolunteerRequestBody(forklift, title: "Boodschappen", status: "open"))).Id();

        var d1 = await ProfileAsync(forklift, "D1", "2100", "nl", "ar");
        var d2 = await ProfileAsync(forklift, "D2", "2100", "nl", "ar", "fr");
        var d3 = await ProfileAsync(forklift, "D3", "2100", "nl", "ar", "en");
        var d4 = await ProfileAsync(forklift, "D4", "2100", "nl");
        var b1 = await ProfileAsync(forklift, "B1", "2140", "nl", "so");
        var b2 = await ProfileAsync(forklift, "B2", "2140", "nl");
        var b3 = await ProfileAsync(forklift, "B3", "2140", "nl");

        var m1 = await AddMatchAsync(d1, v1, At(2, 2), [(MatchState.Proposed, At(2, 3)), (MatchState.Accepted, At(2, 4)), (MatchState.Introduced, At(2, 5)), (MatchState.Placed, At(2, 12))], usesCompetencesLearnedElsewhere: true);
        await AddCheckInAsync(m1, "3m", stillWorking: true);
        await AddCheckInAsync(m1, "6m", stillWorking: true);
        var m2 = await AddMatchAsync(d2, v1, At(2, 2), [(MatchState.Proposed, At(2, 4)), (MatchState.Accepted, At(2, 6)), (MatchState.Introduced, At(2, 8)), (MatchState.Placed, At(2, 22))]);
        await AddCheckInAsync(m2, "3m", stillWorking: false);
        await RecordOutcomeAsync(m2, stillWorking: false);
        await AddMatchAsync(d3, v1, At(2, 3), [(MatchState.Proposed, At(2, 5)), (MatchState.Declined, At(2, 6))]);
        var m4 = await AddMatchAsync(b1, v1, At(1, 10), [(MatchState.Proposed, At(1, 12)), (MatchState.Accepted, At(1, 15)), (MatchState.Introduced, At(1, 20)), (MatchState.Placed, At(2, 10))]);
        await RecordOutcomeAsync(m4, stillWorking: true);
        await AddMatchAsync(b2, v1, At(2, 10), [(MatchState.Withdrawn, At(2, 11))]);
        await AddMatchAsync(d4, v1, At(2, 20), [(MatchState.Proposed, At(2, 25)), (MatchState.Accepted, At(2, 28, 23, 30))]);
        await AddMatchAsync(b3, v1, At(3, 5), []);
        var m8 = await AddMatchAsync(d3, v2, At(1, 5), [(MatchState.Proposed, At(1, 6)), (MatchState.Accepted, At(1, 7)), (MatchState.Introduced, At(1, 8)), (MatchState.Placed, At(1, 30))], usesCompetencesLearnedElsewhere: true, startDate: new DateOnly(2025, 2, 3));
        await AddCheckInAsync(m8, "3m", stillWorking: null);
        await AddCheckInAsync(m8, "6m", stillWorking: true);

        await AddMatchAsync(d1, request, At(1, 31, 23, 30), [(MatchState.Offered, At(2, 2)), (MatchState.Accepted, At(2, 3)), (MatchState.Done, At(2, 15))]);
        await AddMatchAsync(b1, request, At(2, 5), [(MatchState.Offered, At(2, 6)), (MatchState.Declined, At(2, 7))]);
    }

    [TearDown]
    public void DisposeAdmin() => _admin.Dispose();

    [Test]
    public async Task Funnel_AllDistricts_CountsStatesConversionsAndMedianInThePeriod_SuppressingSmallFigures()
    {
        var report = await _admin.ListAsync($"/api/v1/reports/funnel?{February}");

        report.GetProperty("from").GetString().ShouldBe("2025-02-01");
        report.GetProperty("district").ValueKind.ShouldBe(JsonValueKind.Null);
        report.GetProperty("minimumGroupSize").GetInt32().ShouldBe(3);
        States(report, "job").ShouldBe(new Dictionary<string, int?>
        {
            ["shortlisted"] = 5,
            ["proposed"] = 4,
            ["accepted"] = null,
            ["declined"] = null,
            ["introduced"] = null,
            ["placed"] = 3,
            ["closed"] = 0,
            ["withdrawn"] = null,
        });
        States(report, "volunteering").ShouldBe(new Dictionary<string, int?>
        {
            ["shortlisted"] = null,
            ["offered"] = null,
            ["accepted"] = null,
            ["declined"] = null,
            ["done"] = null,
            ["withdrawn"] = 0,
        });

        // 4 of 5 would tell about the fifth; 2 of 4 is a group of two.
        Conversions(report).ShouldBe(
        [
            ("job", "shortlisted", "proposed", 5, null, null),
            ("job", "proposed", "accepted", 4, null, null),
            ("job", "accepted", "introduced", null, null, null),
            ("job", "introduced", "placed", null, null, null),
            ("volunteering", "shortlisted", "offered", null, null, null),
            ("volunteering", "offered", "accepted", null, null, null),
            ("volunteering", "accepted", "done", null, null, null),
        ]);
        report.GetProperty("medianDaysShortlistedToPlaced").GetDouble().ShouldBe(20);
        report.GetProperty("placementsMeasured").GetInt32().ShouldBe(3);
    }

    [Test]
    public async Task Funnel_PerDistrict_CountsOnlyThePeopleLivingThere_AndSuppressesASmallDistrictsFigures()
    {
        var deurne = await _admin.ListAsync($"/api/v1/reports/funnel?{February}&district=deurne&kind=job");
        var borgerhout = await _admin.ListAsync($"/api/v1/reports/funnel?{February}&district=Borgerhout&kind=job");

        deurne.GetProperty("district").GetString().ShouldBe("Deurne");
        deurne.GetProperty("kind").GetString().ShouldBe("job");
        States(deurne, "job").ShouldBe(new Dictionary<string, int?>
        {
            ["shortlisted"] = 4,
            ["proposed"] = 4,
            ["accepted"] = null,
            ["declined"] = null,
            ["introduced"] = null,
            ["placed"] = null,
            ["closed"] = 0,
            ["withdrawn"] = 0,
        });
        States(deurne, "volunteering").ShouldBeEmpty();
        Conversions(deurne)[0].ShouldBe(("job", "shortlisted", "proposed", 4, 4, 1.0));

        // Two placements: neither their number nor their median is shown.
        deurne.GetProperty("medianDaysShortlistedToPlaced").ValueKind.ShouldBe(JsonValueKind.Null);
        deurne.GetProperty("placementsMeasured").ValueKind.ShouldBe(JsonValueKind.Null);

        // Borgerhout has one person placed: nothing about them shows.
        States(borgerhout, "job").Values.ShouldAllBe(v => v == null || v == 0);
        Conversions(borgerhout)[0].ShouldBe(("job", "shortlisted", "proposed", null, null, null));
        Conversions(borgerhout)[1].ShouldBe(("job", "proposed", "accepted", 0, 0, null));
        borgerhout.GetProperty("medianDaysShortlistedToPlaced").ValueKind.ShouldBe(JsonValueKind.Null);
        borgerhout.GetProperty("placementsMeasured").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Test]
    public async Task Funnel_AsCsv_HasTheHeaderAndTheSameNumbers()
    {
        var response = await GetCsvAsync($"/api/v1/reports/funnel?{February}");

        var lines = await CsvLinesAsync(response);
        lines[0].ShouldBe("metric,kind,state,nextState,value,base");
        lines.ShouldContain("reached,job,shortlisted,,5,");
        lines.ShouldContain("reached,job,closed,,0,");
        lines.ShouldContain("reached,volunteering,done,,,");
        lines.ShouldContain("conversion,job,shortlisted,proposed,,5");
        lines.ShouldContain("conversion,volunteering,offered,accepted,,");
        lines.ShouldContain("medianDaysShortlistedToPlaced,job,shortlisted,placed,20,3");
        lines.Count.ShouldBe(1 + 14 + 7 + 1);
    }

    [Test]
    public async Task Funnel_AsCsv_LeavesAnUnmeasurableOrSuppressedFigureEmpty()
    {
        var response = await GetCsvAsync($"/api/v1/reports/funnel?{February}&district=Borgerhout&kind=job");

        var lines = await CsvLinesAsync(response);
        lines.ShouldContain("conversion,job,shortlisted,proposed,,");
        lines.ShouldContain("conversion,job,proposed,accepted,,0");
        lines.ShouldContain("medianDaysShortlistedToPlaced,job,shortlisted,placed,,");
        lines.ShouldNotContain(l => l.Contains("volunteering"));
    }

    [Test]
    public async Task Aftercare_AllDistricts_SharesAndLanguagesWithSmallGroupsAsOther()
    {
        var report = await _admin.ListAsync($"/api/v1/reports/aftercare?{February}");

        report.GetProperty("placements").GetInt32().ShouldBe(4);

        // 2 of 3, 3 of 4 and 2 of 4: each has a count or a rest under 3, so only the base shows.
        Share(report, "stillWorkingAt3Months").ShouldBe((null, null, 3));
        Share(report, "stillWorkingAt6Months").ShouldBe((null, null, 4));
        Share(report, "usesCompetencesLearnedElsewhere").ShouldBe((null, null, 4));
        report.GetProperty("placedPeople").GetInt32().ShouldBe(4);
        report.GetProperty("minimumGroupSize").GetInt32().ShouldBe(3);
        Languages(report).ShouldBe([("nl", 4), ("ar", 3), ("other", 3)]);
    }

    [Test]
    public async Task Aftercare_PerDistrict_SuppressesEveryFigureOfASmallDistrict()
    {
        var deurne = await _admin.ListAsync($"/api/v1/reports/aftercare?{February}&district=Deurne");
        var borgerhout = await _admin.ListAsync($"/api/v1/reports/aftercare?{February}&district=Borgerhout");

        deurne.GetProperty("placements").GetInt32().ShouldBe(3);
        Share(deurne, "stillWorkingAt3Months").ShouldBe((null, null, null));
        Share(deurne, "stillWorkingAt6Months").ShouldBe((null, null, 3));
        Share(deurne, "usesCompetencesLearnedElsewhere").ShouldBe((null, null, 3));
        // "other 2" would be small: the smallest shown group (nl, after ar on a tie) joins it.
        Languages(deurne).ShouldBe([("ar", 3), ("other", 5)]);

        // One person placed in Borgerhout, still working: no figure tells.
        borgerhout.GetProperty("placements").ValueKind.ShouldBe(JsonValueKind.Null);
        borgerhout.GetProperty("placedPeople").ValueKind.ShouldBe(JsonValueKind.Null);
        foreach (var share in new[] { "stillWorkingAt3Months", "stillWorkingAt6Months", "usesCompetencesLearnedElsewhere" })
        {
            Share(borgerhout, share).ShouldBe((null, null, null));
        }

        Languages(borgerhout).ShouldBeEmpty();
        borgerhout.GetRawText().ShouldNotContain("\"so\"");
    }

    [Test]
    public async Task Aftercare_AsCsv_HasTheHeaderAndTheSameNumbers()
    {
        var response = await GetCsvAsync($"/api/v1/reports/aftercare?{February}");

        var lines = await CsvLinesAsync(response);
        lines.ShouldBe(
        [
            "metric,group,value,base",
            "placements,,4,",
            "stillWorkingAt3Months,,,3",
            "stillWorkingAt6Months,,,4",
            "usesCompetencesLearnedElsewhere,,,4",
            "placedPeople,,4,",
            "language,nl,4,4",
            "language,ar,3,4",
            "language,other,3,4",
        ]);
    }

    [Test]
    public async Task Report_WhenBrowserPrefersJson_AnswersJson()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reports/aftercare?{February}");
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/csv;q=0.5");

        var response = await _admin.SendAsync(request);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Headers.Vary.ShouldContain("Accept");
    }

    [TestCase("/api/v1/reports/funnel?from=2025-03-01&to=2025-02-01", "to")]
    [TestCase("/api/v1/reports/aftercare?from=2025-03-01&to=2025-02-01", "to")]
    [TestCase("/api/v1/reports/funnel?from=2025-02-01&to=2025-02-28&district=Atlantis", "district")]
    [TestCase("/api/v1/reports/aftercare?from=2025-02-01&to=2025-02-28&district=Atlantis", "district")]
    [TestCase("/api/v1/reports/funnel?to=2025-02-28", "from")]
    [TestCase("/api/v1/reports/aftercare?from=2025-02-01", "to")]
    [TestCase("/api/v1/reports/funnel?from=2025-02-01&to=2025-02-28&kind=hobby", "kind")]
    public async Task Report_WhenQueryIsBad_Returns400NamingTheField(string url, string field)
    {
        var response = await _admin.GetAsync(url);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorFields().ShouldBe([field]);
    }

    [TestCase(Roles.Coach)]
    [TestCase(Roles.JobSeeker)]
    [TestCase(Roles.TalentScout)]
    public async Task Report_AsAnyoneButAdminOrMatchmaker_Returns403(string role)
    {
        using var client = await Testing.AsAsync(role);

        (await client.GetAsync($"/api/v1/reports/funnel?{February}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync($"/api/v1/reports/aftercare?{February}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Report_AsMatchmaker_Returns200()
    {
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);

        var report = await matchmaker.ListAsync($"/api/v1/reports/aftercare?{February}");

        report.GetProperty("placements").GetInt32().ShouldBe(4);
    }

    private static DateTime At(int month, int day, int hour = 10, int minute = 0) => new(2025, month, day, hour, minute, 0, DateTimeKind.Utc);

    private async Task<Guid> ProfileAsync(Guid competenceId, string name, string postcode, params string[] languages)
    {
        var body = ProfilesTests.Body(competenceId, name);
        body["postcode"] = postcode;
        body["languages"] = languages.Select(code => new { code, level = "B1" }).ToArray();
        return await ProfilesTests.CreateAsync(_admin, body);
    }

    private async Task<HttpResponseMessage> GetCsvAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        return await _admin.SendAsync(request);
    }

    private static async Task<List<string>> CsvLinesAsync(HttpResponseMessage response)
    {
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.ShouldNotBeNullOrEmpty();
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldEndWith("\r\n");
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static Dictionary<string, int?> States(JsonElement report, string kind) =>
        report.GetProperty("states").EnumerateArray()
            .Where(s => s.GetProperty("kind").GetString() == kind)
            .ToDictionary(s => s.GetProperty("state").GetString()!, s => Int(s.GetProperty("matches")));

    private static List<(string?, string?, string?, int?, int?, double?)> Conversions(JsonElement report) =>
        report.GetProperty("conversions").EnumerateArray()
            .Select(c => (
                c.GetProperty("kind").GetString(),
                c.GetProperty("fromState").GetString(),
                c.GetProperty("toState").GetString(),
                Int(c.GetProperty("matches")),
                Int(c.GetProperty("converted")),
                Number(c.GetProperty("rate"))))
            .ToList();

    private static (double?, int?, int?) Share(JsonElement report, string name)
    {
        var share = report.GetProperty(name);
        return (Number(share.GetProperty("share")), Int(share.GetProperty("count")), Int(share.GetProperty("measuredOn")));
    }

    private static int? Int(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();

    private static double? Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();

    private static List<(string?, int)> Languages(JsonElement report) =>
        report.GetProperty("languages").EnumerateArray().Select(l => (l.GetProperty("code").GetString(), l.GetProperty("people").GetInt32())).ToList();
}
