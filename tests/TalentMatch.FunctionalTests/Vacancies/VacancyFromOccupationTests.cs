using System.Net;
using System.Text.Json.Nodes;
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

    [TestCase("magazijnmedewerker")]
    [TestCase("schoonmaker")]
    public async Task Create_FromOccupation_RequiresEssentialAndPrefersOptionalCompetences(string q)
    {
        var occupationId = await OccupationIdAsync(Admin, q);
        var occupation = await (await Admin.GetAsync($"/api/v1/occupations/{occupationId}")).JsonAsync();
        var essential = occupation.GetProperty("essentialCompetences").EnumerateArray().Select(c => c.GetProperty("competenceId").GetGuid()).ToList();
        var optional = occupation.GetProperty("optionalCompetences").EnumerateArray().Select(c => c.GetProperty("competenceId").GetGuid()).ToList();

        var response = await Admin.SendJsonAsync(HttpMethod.Post, "/api/v1/vacancies/from-occupation", FromOccupationBody(occupationId));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var vacancy = await response.JsonAsync();
        var requirements = vacancy.GetProperty("requirements").EnumerateArray().ToList();
        essential.ShouldNotBeEmpty();
        requirements.Where(r => r.GetProperty("importance").GetString() == "required").Select(r => r.GetProperty("competenceId").GetGuid())
            .ShouldBe(essential, ignoreOrder: true);
        requirements.Where(r => r.GetProperty("importance").GetString() == "preferred").Select(r => r.GetProperty("competenceId").GetGuid())
            .ShouldBe(optional, ignoreOrder: true);
        requirements.Where(r => r.GetProperty("importance").GetString() == "required").ShouldAllBe(r => r.GetProperty("minLevel").GetInt32() == 2);
        requirements.Where(r => r.GetProperty("importance").GetString() == "preferred").ShouldAllBe(r => r.GetProperty("minLevel").GetInt32() == 1);
        vacancy.GetProperty("status").GetString().ShouldBe("draft");
        vacancy.GetProperty("title").GetString().ShouldBe(occupation.GetProperty("label").GetString());
        vacancy.GetProperty("postcode").GetString().ShouldBe("2030");
        vacancy.GetProperty("occupationId").GetGuid().ShouldBe(occupationId);
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
}
