using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.OpportunityTestData;

namespace TalentMatch.FunctionalTests.Vacancies;

/// <summary>An admin, an organisation and two catalogue competences for each vacancy test.</summary>
public abstract class VacancyTest : FunctionalTest
{
    protected const string List = "/api/v1/vacancies?pageSize=200";

    protected HttpClient Admin { get; private set; } = null!;
    protected Guid OrganisationId { get; private set; }
    protected Guid Forklift { get; private set; }
    protected Guid CleanSurfaces { get; private set; }

    [SetUp]
    public async Task ArrangeAsync()
    {
        Admin = await Testing.AsAdminAsync();
        OrganisationId = await CreateOrganisationAsync(Admin);
        Forklift = await CompetenceIdAsync(Admin, "operate forklift");
        CleanSurfaces = await CompetenceIdAsync(Admin, "clean surfaces");
    }

    [TearDown]
    public void DisposeAdmin() => Admin.Dispose();

    protected JsonObject VacancyBody(Guid? organisationId = null, string title = "Magazijnmedewerker", string status = "draft") => new()
    {
        ["organisationId"] = (organisationId ?? OrganisationId).ToString(),
        ["title"] = title,
        ["description"] = "Orders picken en laden in de haven.",
        ["postcode"] = "2030",
        ["hoursPerWeek"] = 38,
        ["contract"] = "permanent",
        ["requirements"] = Array(
            new JsonObject { ["competenceId"] = Forklift.ToString(), ["minLevel"] = 2, ["importance"] = "required", ["weight"] = 2 },
            new JsonObject { ["competenceId"] = CleanSurfaces.ToString(), ["minLevel"] = 1, ["importance"] = "preferred" }),
        ["languages"] = Array(new JsonObject { ["code"] = "nl", ["minLevel"] = "A2", ["importance"] = "required" }),
        ["openings"] = 2,
        ["status"] = status,
        ["multilingualValued"] = true,
        ["interests"] = Array("logistiek"),
    };

    protected async Task<JsonElement> CreateVacancyAsync(HttpClient? client = null, JsonObject? body = null)
    {
        var response = await (client ?? Admin).SendJsonAsync(HttpMethod.Post, "/api/v1/vacancies", body ?? VacancyBody());
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return await response.JsonAsync();
    }
}
