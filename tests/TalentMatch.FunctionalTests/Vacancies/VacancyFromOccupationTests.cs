using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TalentMatch.FunctionalTests.Catalogue;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.OpportunityTestData;

namespace TalentMatch.FunctionalTests.Vacancies;

public sealed class VacancyFromOccupationTests : VacancyTest
{
    private JsonObject FromOccupationBody(Guid occupationId) => new()
    {
        ["organisationId"] = OrganisationId.ToString(),
        ["occupationId"] = occupationId.ToString(),
    };

    /// <summary>The two cross-sector competences essential for the warehouse worker alone in the curated catalogue.</summary>
    private const string CheckForDamagedItems = "http://data.europa.eu/esco/skill/8269dc3d-50ee-46b5-a742-a7d2cb7d90bb";
    private const string PerformCleaningDuties = "http://data.europa.eu/esco/skill/4f1b6304-f54a-42f0-9604-5427a28d240f";

    /// <summary>Most specific first, as the draft orders essential competences; unknown sits between cross-sector and transversal.</summary>
    private static readonly Dictionary<string, int> Specificity = new()
    {
        ["occupationSpecific"] = 0,
        ["sectorSpecific"] = 1,
        ["crossSector"] = 2,
        [""] = 3,
        ["transversal"] = 4,
    };

    [TestCase("magazijnmedewerker", 19)]
    [TestCase("schoonmaker", 16)]
    public async Task Create_FromOccupation_RequiresTheEightMostSpecificEssentialsAndDutch(string q, int essentialCount)
    {
        var occupationId = await OccupationIdAsync(Admin, q);
        var occupation = await (await Admin.GetAsync($"/api/v1/occupations/{occupationId}")).JsonAsync();
        var essential = CompetenceIds(occupation.GetProperty("essentialCompetences"));
        var optional = CompetenceIds(occupation.GetProperty("optionalCompetences"));

        var response = await Admin.SendJsonAsync(HttpMethod.Post, "/api/v1/vacancies/from-occupation", FromOccupationBody(occupationId));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var vacancy = await response.JsonAsync();
        var requirements = vacancy.GetProperty("requirements").EnumerateArray().ToList();
        var required = requirements.Where(r => r.GetProperty("importance").GetString() == "required").ToList();
        var preferred = requirements.Where(r => r.GetProperty("importance").GetString() == "preferred").ToList();
        essential.Count.ShouldBe(essentialCount);
        required.Count.ShouldBe(8);
        var requiredIds = required.Select(r => r.GetProperty("competenceId").GetGuid()).ToList();
        requiredIds.ShouldBeSubsetOf(essential);
        preferred.Select(r => r.GetProperty("competenceId").GetGuid()).ShouldBe(essential.Except(requiredIds).Concat(optional), ignoreOrder: true);

        // No essential competence left preferred is more specific than one made required.
        var specificity = await SpecificityAsync(essential);
        var leastSpecificRequired = requiredIds.Max(id => specificity[id]);
        essential.Except(requiredIds).ShouldAllBe(id => specificity[id] >= leastSpecificRequired);

        // The level says what ESCO says (essential 2, optional 1); the importance what the draft asks.
        required.ShouldAllBe(r => r.GetProperty("minLevel").GetInt32() == 2);
        preferred.ShouldAllBe(r => r.GetProperty("minLevel").GetInt32() == (essential.Contains(r.GetProperty("competenceId").GetGuid()) ? 2 : 1));

        var language = vacancy.GetProperty("languages").EnumerateArray().ShouldHaveSingleItem();
        language.GetProperty("code").GetString().ShouldBe("nl");
        language.GetProperty("minLevel").GetString().ShouldBe("B1");
        language.GetProperty("importance").GetString().ShouldBe("required");

        vacancy.GetProperty("status").GetString().ShouldBe("draft");
        vacancy.GetProperty("title").GetString().ShouldBe(occupation.GetProperty("label").GetString());
        vacancy.GetProperty("postcode").GetString().ShouldBe("2030");
        vacancy.GetProperty("occupationId").GetGuid().ShouldBe(occupationId);
    }

    [Test]
    public async Task Create_FromOccupation_AmongEquallySpecificRequiresTheRarest()
    {
        // The warehouse worker has 7 sector-specific essentials; of its 12 cross-sector ones, two are
        // essential for no other curated occupation, and the competence id decides between them.
        var occupationId = await OccupationIdAsync(Admin, "magazijnmedewerker");
        var occupation = await (await Admin.GetAsync($"/api/v1/occupations/{occupationId}")).JsonAsync();
        var essential = CompetenceIds(occupation.GetProperty("essentialCompetences"));
        var specificity = await SpecificityAsync(essential);
        var sectorSpecific = essential.Where(id => specificity[id] == Specificity["sectorSpecific"]).ToList();
        var rarest = new[] { await CatalogueData.CompetenceIdAsync(CheckForDamagedItems), await CatalogueData.CompetenceIdAsync(PerformCleaningDuties) }.Min();

        var vacancy = await (await Admin.SendJsonAsync(HttpMethod.Post, "/api/v1/vacancies/from-occupation", FromOccupationBody(occupationId))).JsonAsync();

        sectorSpecific.Count.ShouldBe(7);
        RequirementIds(vacancy, "required").ShouldBe([.. sectorSpecific, rarest], ignoreOrder: true);
    }

    [Test]
    public async Task Create_FromOccupationWithFewEssentials_RequiresThemAll()
    {
        var occupationId = await OccupationIdAsync(Admin, "hotelportier");
        var occupation = await (await Admin.GetAsync($"/api/v1/occupations/{occupationId}")).JsonAsync();
        var essential = CompetenceIds(occupation.GetProperty("essentialCompetences"));

        var vacancy = await (await Admin.SendJsonAsync(HttpMethod.Post, "/api/v1/vacancies/from-occupation", FromOccupationBody(occupationId))).JsonAsync();

        essential.Count.ShouldBeLessThan(8);
        RequirementIds(vacancy, "required").ShouldBe(essential, ignoreOrder: true);
        RequirementIds(vacancy, "preferred").ShouldBe(CompetenceIds(occupation.GetProperty("optionalCompetences")), ignoreOrder: true);
    }

    [Test]
    public async Task Create_FromOccupationWithLanguages_AsksThoseInsteadOfDutch()
    {
        var body = FromOccupationBody(await OccupationIdAsync(Admin, "schoonmaker"));
        body["languages"] = Array(
            new JsonObject { ["code"] = "NL", ["minLevel"] = "a2", ["importance"] = "required" },
            new JsonObject { ["code"] = "ar", ["minLevel"] = "B1", ["importance"] = "preferred" });

        var vacancy = await (await Admin.SendJsonAsync(HttpMethod.Post, "/api/v1/vacancies/from-occupation", body)).JsonAsync();

        vacancy.GetProperty("languages").EnumerateArray()
            .Select(l => (l.GetProperty("code").GetString(), l.GetProperty("minLevel").GetString(), l.GetProperty("importance").GetString()))
            .ShouldBe([("nl", "A2", "required"), ("ar", "B1", "preferred")]);
    }

    [Test]
    public async Task Create_FromOccupationWithNoLanguages_AsksNone()
    {
        var body = FromOccupationBody(await OccupationIdAsync(Admin, "schoonmaker"));
        body["languages"] = Array();

        var vacancy = await (await Admin.SendJsonAsync(HttpMethod.Post, "/api/v1/vacancies/from-occupation", body)).JsonAsync();

        vacancy.GetProperty("languages").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public void Start_WhenVacancyOptionsInvalid_RefusesToStart()
    {
        using var broken = new TalentMatchFactory(new Dictionary<string, string?>
        {
            ["Vacancies:MaxRequiredFromOccupation"] = "0",
            ["Vacancies:DefaultDutchLevel"] = "B3",
        });

        var error = Should.Throw<OptionsValidationException>(() => broken.Services);

        error.Failures.ShouldContain(f => f.Contains("Vacancies:MaxRequiredFromOccupation"));
        error.Failures.ShouldContain(f => f.Contains("Vacancies:DefaultDutchLevel"));
    }

    [Test]
    public async Task Create_FromOccupationWithOverrides_UsesThem()
    {
        var body = FromOccupationBody(await OccupationIdAsync(Admin, "schoonmaker"));
        body["title"] = "Schoonmaker kantoren";
        body["postcode"] = "2100";
        body["hoursPerWeek"] = 20;
        body["contract"] = "interim";
        body["openings"] = 3;

        var vacancy = await (await Admin.SendJsonAsync(HttpMethod.Post, "/api/v1/vacancies/from-occupation", body)).JsonAsync();

        vacancy.GetProperty("title").GetString().ShouldBe("Schoonmaker kantoren");
        vacancy.GetProperty("district").GetString().ShouldBe("Deurne");
        vacancy.GetProperty("hoursPerWeek").GetDouble().ShouldBe(20);
        vacancy.GetProperty("contract").GetString().ShouldBe("interim");
        vacancy.GetProperty("openings").GetInt32().ShouldBe(3);
    }

    private static IEnumerable<TestCaseData> BadRequests() => new[]
    {
        BadInput.Malformed,
        BadInput.Change("unknown occupation", b => b["occupationId"] = Guid.NewGuid().ToString(), "occupationId"),
        BadInput.Change("missing occupation", b => b.Remove("occupationId"), "occupationId"),
        BadInput.Change("unknown organisation", b => b["organisationId"] = Guid.NewGuid().ToString(), "organisationId"),
        BadInput.Change("hoursPerWeek as string", b => b["hoursPerWeek"] = "20", "hoursPerWeek"),
        BadInput.Change("hoursPerWeek 0", b => b["hoursPerWeek"] = 0, "hoursPerWeek"),
        BadInput.Change("unknown contract", b => b["contract"] = "gig", "contract"),
        BadInput.Change("invalid postcode", b => b["postcode"] = "12", "postcode"),
        BadInput.Change("empty title", b => b["title"] = " ", "title"),
        BadInput.Change("over-long title", b => b["title"] = new string('x', 201), "title"),
        BadInput.Change("openings 0", b => b["openings"] = 0, "openings"),
        BadInput.Change("unknown language", b => b["languages"] = Array(new JsonObject { ["code"] = "xx", ["minLevel"] = "B1", ["importance"] = "required" }), "languages[0].code"),
        BadInput.Change("invalid CEFR level", b => b["languages"] = Array(new JsonObject { ["code"] = "nl", ["minLevel"] = "B3", ["importance"] = "required" }), "languages[0].minLevel"),
        BadInput.Change("language twice", b => b["languages"] = Array(
            new JsonObject { ["code"] = "nl", ["minLevel"] = "B1", ["importance"] = "required" },
            new JsonObject { ["code"] = "NL", ["minLevel"] = "A2", ["importance"] = "preferred" }), "languages"),
    }.Select(BadInput.Case);

    [TestCaseSource(nameof(BadRequests))]
    public async Task Create_FromOccupationWithBadInput_Returns4xxAndCreatesNothing(BadInput input)
    {
        var body = FromOccupationBody(await OccupationIdAsync(Admin, "schoonmaker"));

        await Admin.ShouldRejectAsync(input, HttpMethod.Post, "/api/v1/vacancies/from-occupation", body, List);
    }

    [Test]
    public async Task Create_FromOccupationAsEmployerForAnotherOrganisation_Returns403()
    {
        var other = await CreateOrganisationAsync(Admin, "Other");
        using var employer = await Testing.AsAsync(Domain.Common.Roles.Employer, other);
        var body = FromOccupationBody(await OccupationIdAsync(Admin, "schoonmaker"));

        var response = await employer.SendJsonAsync(HttpMethod.Post, "/api/v1/vacancies/from-occupation", body);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await Admin.TotalAsync(List)).ShouldBe(0);
    }

    private static List<Guid> CompetenceIds(JsonElement competences) =>
        competences.EnumerateArray().Select(c => c.GetProperty("competenceId").GetGuid()).ToList();

    private static List<Guid> RequirementIds(JsonElement vacancy, string importance) =>
        vacancy.GetProperty("requirements").EnumerateArray()
            .Where(r => r.GetProperty("importance").GetString() == importance)
            .Select(r => r.GetProperty("competenceId").GetGuid())
            .ToList();

    /// <summary>Each competence's place in <see cref="Specificity"/>, from the reuse level the API shows.</summary>
    private async Task<Dictionary<Guid, int>> SpecificityAsync(IEnumerable<Guid> competenceIds)
    {
        var specificity = new Dictionary<Guid, int>();
        foreach (var id in competenceIds)
        {
            var competence = await (await Admin.GetAsync($"/api/v1/competences/{id}")).JsonAsync();
            specificity[id] = Specificity[competence.GetProperty("reuseLevel").GetString() ?? ""];
        }

        return specificity;
    }
}
