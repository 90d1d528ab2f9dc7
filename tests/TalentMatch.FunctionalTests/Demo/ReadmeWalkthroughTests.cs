using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using TalentMatch.FunctionalTests.Infrastructure;
using TalentMatch.Infrastructure.Seed;

namespace TalentMatch.FunctionalTests.Demo;

/// <summary>
/// The README's first walkthrough, step by step over HTTP on a fresh database with the demo data,
/// and the figures its table shows. When a change to scoring or to the demo data moves them, this
/// fails, and the README's table is measured again.
/// </summary>
[NonParallelizable]
public sealed class ReadmeWalkthroughTests
{
    private TalentMatchFactory _factory = null!;
    private HttpClient _matchmaker = null!;
    private HttpClient _jobHunter = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new TalentMatchFactory(new Dictionary<string, string?> { ["Database:SeedDemoData"] = "true" }, "Development");
        await _factory.InitialiseAsync();
        _matchmaker = await SignedInAsync(DemoDataSeeder.MatchmakerEmail);
        _jobHunter = await SignedInAsync(DemoDataSeeder.JobHunterEmail);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _matchmaker.Dispose();
        _jobHunter.Dispose();
        await _factory.DisposeAsync();
    }

    [Test]
    public async Task Walkthrough_OnAFreshDemoDatabase_GivesTheReadmeFigures()
    {
        // Steps 2-3: a person with a competence learned in life, one from work and three languages.
        var cooking = await FirstCompetenceAsync("kooktechnieken gebruiken");
        var forklift = await FirstCompetenceAsync("heftruck besturen");
        var created = await _matchmaker.PostAsJsonAsync("/api/v1/profiles", new
        {
            displayName = "Walkthrough",
            postcode = "2060",
            seeks = new[] { "job" },
            hoursPerWeek = 38,
            maxTravelKm = 20,
            competences = new object[]
            {
                new { competenceId = cooking, level = 3, source = "life" },
                new { competenceId = forklift, level = 3, source = "work" },
            },
            languages = new object[]
            {
                new { code = "nl", level = "B1" },
                new { code = "ar", level = "C2", native = true },
                new { code = "fr", level = "A2" },
            },
        });
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var profileId = (await created.JsonAsync()).GetProperty("profile").GetProperty("id").GetGuid();

        // Step 4: the everyday name finds the occupation.
        var occupations = await _matchmaker.GetAsync("/api/v1/occupations?q=magazijnier");
        await occupations.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var occupation = (await occupations.JsonAsync())[0];
        occupation.GetProperty("label").GetString().ShouldBe("magazijnmedewerker");
        var occupationId = occupation.GetProperty("id").GetGuid();

        // Step 5: the job hunter's draft for the first organisation, opened.
        var organisations = await (await _jobHunter.GetAsync("/api/v1/organisations")).JsonAsync();
        var organisationId = organisations.GetProperty("items")[0].GetProperty("id").GetGuid();
        var draft = await _jobHunter.PostAsJsonAsync("/api/v1/vacancies/from-occupation", new { organisationId, occupationId });
        await draft.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var vacancy = JsonNode.Parse(await draft.Content.ReadAsStringAsync())!.AsObject();
        vacancy["requirements"]!.AsArray().Count(r => (string?)r!["importance"] == "required").ShouldBe(8);
        vacancy["status"] = "open";
        using var open = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/vacancies/{vacancy["id"]}") { Content = JsonContent.Create(vacancy) };
        open.Headers.TryAddWithoutValidation("If-Match", draft.Headers.ETag!.Tag);
        await (await _jobHunter.SendAsync(open)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var vacancyId = (Guid)vacancy["id"]!;

        // Step 6: ranked, with the README's rank, score and summary.
        var before = await RankAsync(vacancyId, profileId);
        (before.Rank, before.Of, before.Score).ShouldBe((34, 61, 20.4));
        before.Summary.ShouldBe("Heeft 0 van de 8 gevraagde competenties, spreekt Nederlands B1 zoals gevraagd, woont op 6 km.");
        var fromHerSide = await FirstOpportunityAsync(profileId);
        (fromHerSide.Title, fromHerSide.Score).ShouldBe(("Keukenhulp (leren en werken)", 27.1));

        // Step 7: two years as a volunteer in the warehouse count as competence.
        var read = await _matchmaker.GetAsync($"/api/v1/profiles/{profileId}");
        var profile = JsonNode.Parse(await read.Content.ReadAsStringAsync())!.AsObject();
        profile["experiences"] = new JsonArray(new JsonObject { ["occupationId"] = occupationId, ["years"] = 2, ["context"] = "volunteering" });
        using var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/profiles/{profileId}") { Content = JsonContent.Create(profile) };
        update.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.Tag);
        await (await _matchmaker.SendAsync(update)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var after = await RankAsync(vacancyId, profileId);
        (after.Rank, after.Of, after.Score).ShouldBe((6, 61, 69.2));
        after.Summary.ShouldBe("Heeft 8 van de 8 gevraagde competenties (8 buiten school geleerd; 8 via 2 jaar ervaring als magazijnmedewerker), spreekt Nederlands B1 zoals gevraagd, woont op 6 km.");
        var nowFromHerSide = await FirstOpportunityAsync(profileId);
        (nowFromHerSide.Title, nowFromHerSide.Score).ShouldBe(("Magazijnmedewerker haven", 69.4));
    }

    private async Task<Guid> FirstCompetenceAsync(string query)
    {
        var response = await _matchmaker.GetAsync($"/api/v1/competences?q={Uri.EscapeDataString(query)}");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var first = (await response.JsonAsync()).GetProperty("items")[0];
        first.GetProperty("label").GetString().ShouldBe(query);
        return first.GetProperty("id").GetGuid();
    }

    private async Task<(int Rank, int Of, double Score, string? Summary)> RankAsync(Guid vacancyId, Guid profileId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/vacancies/{vacancyId}/matches?limit=100");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("nl"));
        var response = await _matchmaker.SendAsync(request);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var list = await response.JsonAsync();
        var items = list.GetProperty("items").EnumerateArray().ToList();
        var index = items.FindIndex(i => i.GetProperty("profileId").GetGuid() == profileId);
        index.ShouldBeGreaterThanOrEqualTo(0);
        var item = items[index];
        return (index + 1, list.GetProperty("total").GetInt32(), Math.Round(item.GetProperty("score").GetDouble(), 1), item.GetProperty("summary").GetString());
    }

    private async Task<(string? Title, double Score)> FirstOpportunityAsync(Guid profileId)
    {
        var response = await _matchmaker.GetAsync($"/api/v1/profiles/{profileId}/matches?limit=1");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var first = (await response.JsonAsync()).GetProperty("items")[0];
        return (first.GetProperty("title").GetString(), Math.Round(first.GetProperty("score").GetDouble(), 1));
    }

    private Task<HttpClient> SignedInAsync(string email) => _factory.SignedInAsync(email, DemoDataSeeder.Password);
}
