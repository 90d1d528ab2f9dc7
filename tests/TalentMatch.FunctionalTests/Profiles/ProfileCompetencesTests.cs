using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Catalogue;
using TalentMatch.FunctionalTests.Infrastructure;

namespace TalentMatch.FunctionalTests.Profiles;

public sealed class ProfileCompetencesTests : FunctionalTest
{
    private Guid _forklift;
    private Guid _heavyWeights;
    private HttpClient _scout = null!;
    private Guid _scoutId;

    [SetUp]
    public async Task ArrangeAsync()
    {
        _forklift = await CatalogueData.CompetenceIdAsync(CatalogueData.OperateForklift);
        _heavyWeights = await CatalogueData.CompetenceIdAsync(CatalogueData.LiftHeavyWeights);
        var scout = await Testing.CreateAccountAsync(Roles.TalentScout);
        _scoutId = scout.Id;
        _scout = await Testing.SignedInAsync(scout.Email, scout.Password);
    }

    [TearDown]
    public void DisposeScout() => _scout.Dispose();

    [Test]
    public async Task Confirm_CompetenceNotOnTheProfile_AddsItConfirmedWithWhoAndWhen_AndANewETag()
    {
        var (id, etag) = await SeekerProfileAsync("declared");

        var response = await ConfirmAsync(_scout, id, _heavyWeights, new { level = 3, source = "volunteering", note = "moved a whole flat" }, etag);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldNotBe(etag);
        var added = Competence(await response.JsonAsync(), _heavyWeights);
        added.GetProperty("level").GetInt32().ShouldBe(3);
        added.GetProperty("source").GetString().ShouldBe("volunteering");
        added.GetProperty("evidence").GetString().ShouldBe("confirmed");
        added.GetProperty("note").GetString().ShouldBe("moved a whole flat");
        added.GetProperty("confirmedByUserId").GetGuid().ShouldBe(_scoutId);
        added.GetProperty("confirmedAt").GetDateTime().ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-5));
        var read = await _scout.GetAsync($"/api/v1/profiles/{id}");
        read.Headers.ETag!.Tag.ShouldBe(response.Headers.ETag.Tag);
        Competence(await read.JsonAsync(), _heavyWeights).GetProperty("confirmedByUserId").GetGuid().ShouldBe(_scoutId);
    }

    [Test]
    public async Task Confirm_DeclaredCompetence_RaisesItToConfirmed_KeepingTheNoteWhenNoneIsGiven()
    {
        var (id, _) = await SeekerProfileAsync("declared");

        var response = await ConfirmAsync(_scout, id, _forklift, new { level = 4, source = "work" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var profile = await response.JsonAsync();
        profile.GetProperty("competences").GetArrayLength().ShouldBe(1);
        var confirmed = Competence(profile, _forklift);
        confirmed.GetProperty("evidence").GetString().ShouldBe("confirmed");
        confirmed.GetProperty("level").GetInt32().ShouldBe(4);
        confirmed.GetProperty("source").GetString().ShouldBe("work");
        confirmed.GetProperty("note").GetString().ShouldBe("carried furniture for neighbours");
        confirmed.GetProperty("confirmedByUserId").GetGuid().ShouldBe(_scoutId);
    }

    [Test]
    public async Task Confirm_CertifiedCompetence_StaysCertifiedWithItsCertifier()
    {
        var certifier = await Testing.CreateAccountAsync(Roles.TalentScout);
        using var certifyingScout = await Testing.SignedInAsync(certifier.Email, certifier.Password);
        var id = await ProfilesTests.CreateAsync(certifyingScout, ProfilesTests.Body(_forklift, evidence: "certified"));

        var response = await ConfirmAsync(_scout, id, _forklift, new { level = 2, source = "training" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var competence = Competence(await response.JsonAsync(), _forklift);
        competence.GetProperty("evidence").GetString().ShouldBe("certified");
        competence.GetProperty("confirmedByUserId").GetGuid().ShouldBe(certifier.Id);
        competence.GetProperty("level").GetInt32().ShouldBe(2);
    }

    [Test]
    public async Task Confirm_WithStaleIfMatch_Returns412AndChangesNothing()
    {
        var (id, stale) = await SeekerProfileAsync("declared");
        await (await ConfirmAsync(_scout, id, _forklift, new { level = 2, source = "life" }, stale)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var before = await _scout.SnapshotAsync($"/api/v1/profiles/{id}");

        var response = await ConfirmAsync(_scout, id, _heavyWeights, new { level = 2, source = "life" }, stale);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await _scout.SnapshotAsync($"/api/v1/profiles/{id}")).ShouldBe(before);
    }

    [TestCase("{\"level\": 5, \"source\": \"life\"}", "level")]
    [TestCase("{\"level\": 0, \"source\": \"life\"}", "level")]
    [TestCase("{\"level\": 2}", "source")]
    [TestCase("{\"level\": 2, \"source\": \"internet\"}", "source")]
    [TestCase("{\"level\": 2, \"source\": \"life\", \"note\": \"NOTE\"}", "note")]
    public async Task Confirm_WhenInputIsBad_Returns400NamingTheFieldAndChangesNothing(string body, string field)
    {
        var (id, _) = await SeekerProfileAsync("declared");
        var before = await _scout.SnapshotAsync($"/api/v1/profiles/{id}");

        var response = await _scout.SendJsonAsync(HttpMethod.Post, ConfirmUrl(id, _forklift), body.Replace("NOTE", new string('n', 501)));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorFields().ShouldBe([field]);
        (await _scout.SnapshotAsync($"/api/v1/profiles/{id}")).ShouldBe(before);
    }

    [TestCase(Roles.JobSeeker)]
    [TestCase(Roles.Matchmaker)]
    [TestCase(Roles.Coach)]
    public async Task Confirm_AsAnyoneButTalentScoutOrAdmin_Returns403(string role)
    {
        var (id, _) = await SeekerProfileAsync("declared");
        using var client = await Testing.AsAsync(role);

        var response = await ConfirmAsync(client, id, _forklift, new { level = 2, source = "life" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Confirm_AsAdmin_Returns200()
    {
        var (id, _) = await SeekerProfileAsync("declared");
        using var admin = await Testing.AsAdminAsync();

        var response = await ConfirmAsync(admin, id, _forklift, new { level = 2, source = "life" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task Confirm_UnknownProfileOrCompetence_Returns404()
    {
        var (id, _) = await SeekerProfileAsync("declared");

        await (await ConfirmAsync(_scout, Guid.NewGuid(), _forklift, new { level = 2, source = "life" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await ConfirmAsync(_scout, id, Guid.NewGuid(), new { level = 2, source = "life" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static string ConfirmUrl(Guid profileId, Guid competenceId) => $"/api/v1/profiles/{profileId}/competences/{competenceId}/confirm";

    private static Task<HttpResponseMessage> ConfirmAsync(HttpClient client, Guid profileId, Guid competenceId, object body, string? ifMatch = null) =>
        client.SendJsonAsync(HttpMethod.Post, ConfirmUrl(profileId, competenceId), JsonSerializer.SerializeToNode(body)!, ifMatch);

    private static JsonElement Competence(JsonElement profile, Guid competenceId) =>
        profile.GetProperty("competences").EnumerateArray().Single(c => c.GetProperty("competenceId").GetGuid() == competenceId);

    /// <summary>A job seeker's own profile with the forklift competence; its id and ETag.</summary>
    private async Task<(Guid Id, string ETag)> SeekerProfileAsync(string evidence)
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);
        var id = await ProfilesTests.CreateAsync(seeker, ProfilesTests.Body(_forklift, evidence: evidence));
        var (_, etag) = await _scout.SnapshotAsync($"/api/v1/profiles/{id}");
        return (id, etag!);
    }
}
