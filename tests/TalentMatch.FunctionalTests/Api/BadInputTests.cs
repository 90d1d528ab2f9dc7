using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Catalogue;
using TalentMatch.FunctionalTests.Profiles;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.FunctionalTests.Api;

/// <summary>
/// Bad input never gives a 500 or a stack trace: every case answers a 4xx problem
/// (application/problem+json), names the field where it can, and creates or changes nothing.
/// </summary>
public sealed class BadInputTests : FunctionalTest
{
    /// <summary>Stands for the id of a real catalogue competence in a body.</summary>
    private const string KnownCompetence = "11111111-1111-1111-1111-111111111111";

    private static readonly Guid Unknown = Guid.Parse("22222222-2222-2222-2222-222222222222");

    public enum Caller
    {
        Anonymous,
        Admin,
        TalentScout,
        JobSeeker,
    }

    public sealed record BadRequest(Caller Caller, string Method, string Path, string Body, HttpStatusCode Status, string? Field);

    private static IEnumerable<TestCaseData> Cases()
    {
        var tooBig = "{\"displayName\":\"" + new string('a', 1_100_000) + "\"}";
        var cases = new (string Name, BadRequest Case)[]
        {
            ("register: malformed JSON", new(Caller.Anonymous, "POST", "/api/v1/auth/register", "{\"email\": \"a@test.local\",", HttpStatusCode.BadRequest, null)),
            ("register: array instead of object", new(Caller.Anonymous, "POST", "/api/v1/auth/register", "[]", HttpStatusCode.BadRequest, null)),
            ("register: wrong types", new(Caller.Anonymous, "POST", "/api/v1/auth/register", "{\"email\": 5, \"password\": true}", HttpStatusCode.BadRequest, null)),
            ("register: empty strings", new(Caller.Anonymous, "POST", "/api/v1/auth/register", "{\"email\": \"\", \"password\": \"\"}", HttpStatusCode.BadRequest, "email")),
            ("register: over-long email", new(Caller.Anonymous, "POST", "/api/v1/auth/register", Json(new { email = new string('a', 300) + "@test.local", password = "Long-Enough-Password" }), HttpStatusCode.BadRequest, "email")),
            ("register: empty body", new(Caller.Anonymous, "POST", "/api/v1/auth/register", "", HttpStatusCode.BadRequest, null)),
            ("register: oversized body", new(Caller.Anonymous, "POST", "/api/v1/auth/register", tooBig, HttpStatusCode.RequestEntityTooLarge, null)),
            ("login: malformed JSON", new(Caller.Anonymous, "POST", "/api/v1/auth/login", "{email: admin}", HttpStatusCode.BadRequest, null)),
            ("login: array instead of object", new(Caller.Anonymous, "POST", "/api/v1/auth/login", "[{\"email\": \"a@test.local\"}]", HttpStatusCode.BadRequest, null)),
            ("login: missing fields", new(Caller.Anonymous, "POST", "/api/v1/auth/login", "{}", HttpStatusCode.BadRequest, "email")),
            ("refresh: wrong type", new(Caller.Anonymous, "POST", "/api/v1/auth/refresh", "{\"refreshToken\": 123}", HttpStatusCode.BadRequest, null)),
            ("refresh: empty token", new(Caller.Anonymous, "POST", "/api/v1/auth/refresh", "{\"refreshToken\": \"\"}", HttpStatusCode.BadRequest, "refreshToken")),
            ("users: unknown role", new(Caller.Admin, "POST", "/api/v1/users", Json(new { email = "x@test.local", password = "Long-Enough-Password", role = "SuperUser" }), HttpStatusCode.BadRequest, "role")),
            ("users: employer without organisation", new(Caller.Admin, "POST", "/api/v1/users", Json(new { email = "x@test.local", password = "Long-Enough-Password", role = "Employer" }), HttpStatusCode.BadRequest, "organisationId")),
            ("users: employer with unknown organisation", new(Caller.Admin, "POST", "/api/v1/users", Json(new { email = "x@test.local", password = "Long-Enough-Password", role = "Employer", organisationId = Unknown }), HttpStatusCode.BadRequest, "organisationId")),
            ("users: organisation id not a guid", new(Caller.Admin, "POST", "/api/v1/users", "{\"email\": \"x@test.local\", \"password\": \"Long-Enough-Password\", \"role\": \"Employer\", \"organisationId\": \"acme\"}", HttpStatusCode.BadRequest, "organisationId")),
            ("users: malformed JSON", new(Caller.Admin, "POST", "/api/v1/users", "{\"email\"", HttpStatusCode.BadRequest, null)),
            ("competences: unknown type", new(Caller.Admin, "POST", "/api/v1/competences", "{\"type\": \"hobby\", \"labels\": {\"nl\": \"iets\"}}", HttpStatusCode.BadRequest, "type")),
            ("competences: no labels", new(Caller.Admin, "POST", "/api/v1/competences", "{\"type\": \"skill\", \"labels\": {}}", HttpStatusCode.BadRequest, "labels")),
            ("competences: label language unknown", new(Caller.Admin, "POST", "/api/v1/competences", "{\"type\": \"skill\", \"labels\": {\"nl\": \"iets\", \"xx\": \"thing\"}}", HttpStatusCode.BadRequest, "labels")),
            ("competences: escoUri not a URI", new(Caller.Admin, "POST", "/api/v1/competences", "{\"escoUri\": \"not a uri\", \"type\": \"skill\", \"labels\": {\"nl\": \"iets\"}}", HttpStatusCode.BadRequest, "escoUri")),
            ("competences: labels as array", new(Caller.Admin, "POST", "/api/v1/competences", "{\"type\": \"skill\", \"labels\": [\"iets\"]}", HttpStatusCode.BadRequest, "labels")),
            ("competences: unknown broader id", new(Caller.Admin, "POST", "/api/v1/competences", Json(new { type = "skill", labels = new { nl = "iets" }, broaderIds = new[] { Unknown } }), HttpStatusCode.BadRequest, "broaderIds")),
            ("profile: malformed JSON", new(Caller.TalentScout, "POST", "/api/v1/profiles", "{\"displayName\": \"Amina\", \"postcode\": }", HttpStatusCode.BadRequest, null)),
            ("profile: array instead of object", new(Caller.TalentScout, "POST", "/api/v1/profiles", "[" + Profile() + "]", HttpStatusCode.BadRequest, null)),
            ("profile: unknown source", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["competences"] = new[] { new { competenceId = KnownCompetence, level = 2, source = "internet" } }), HttpStatusCode.BadRequest, "competences[0].source")),
            ("profile: unknown evidence", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["competences"] = new[] { new { competenceId = KnownCompetence, level = 2, source = "life", evidence = "rumour" } }), HttpStatusCode.BadRequest, "competences[0].evidence")),
            ("profile: numeric enum", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["competences"] = new[] { new { competenceId = KnownCompetence, level = 2, source = 5 } }), HttpStatusCode.BadRequest, "competences[0].source")),
            ("profile: unknown competence", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["competences"] = new[] { new { competenceId = Unknown, level = 2, source = "life" } }), HttpStatusCode.BadRequest, "competences[0].competenceId")),
            ("profile: competence id not a guid", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["competences"] = new[] { new { competenceId = "forklift", level = 2, source = "life" } }), HttpStatusCode.BadRequest, "competences[0].competenceId")),
            ("profile: competence level 5", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["competences"] = new[] { new { competenceId = KnownCompetence, level = 5, source = "life" } }), HttpStatusCode.BadRequest, "competences[0].level")),
            ("profile: unknown occupation", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["experiences"] = new[] { new { occupationId = Unknown, years = 1, context = "work" } }), HttpStatusCode.BadRequest, "experiences[0].occupationId")),
            ("profile: negative experience years", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["experiences"] = new[] { new { occupationId = Unknown, years = -1, context = "work" } }), HttpStatusCode.BadRequest, "experiences[0].years")),
            ("profile: invalid CEFR level", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["languages"] = new[] { new { code = "nl", level = "D1" } }), HttpStatusCode.BadRequest, "languages[0].level")),
            ("profile: unknown language", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["languages"] = new[] { new { code = "xx", level = "B1" } }), HttpStatusCode.BadRequest, "languages[0].code")),
            ("profile: invalid postcode", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["postcode"] = "abcd"), HttpStatusCode.BadRequest, "postcode")),
            ("profile: postcode as number", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["postcode"] = 2000), HttpStatusCode.BadRequest, "postcode")),
            ("profile: hours 61", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["hoursPerWeek"] = 61), HttpStatusCode.BadRequest, "hoursPerWeek")),
            ("profile: hours as text", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["hoursPerWeek"] = "ten"), HttpStatusCode.BadRequest, "hoursPerWeek")),
            ("profile: hours overflow", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["hoursPerWeek"] = 1e12), HttpStatusCode.BadRequest, "hoursPerWeek")),
            ("profile: travel -1", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["maxTravelKm"] = -1), HttpStatusCode.BadRequest, "maxTravelKm")),
            ("profile: empty display name", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["displayName"] = ""), HttpStatusCode.BadRequest, "displayName")),
            ("profile: display name 101 chars", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["displayName"] = new string('a', 101)), HttpStatusCode.BadRequest, "displayName")),
            ("profile: seeks nothing", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["seeks"] = Array.Empty<string>()), HttpStatusCode.BadRequest, "seeks")),
            ("profile: seeks unknown", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["seeks"] = new[] { "internship" }), HttpStatusCode.BadRequest, "seeks[0]")),
            ("profile: unknown visibility", new(Caller.TalentScout, "POST", "/api/v1/profiles", Profile(b => b["visibility"] = "public"), HttpStatusCode.BadRequest, "visibility")),
            ("profile: oversized body", new(Caller.TalentScout, "POST", "/api/v1/profiles", tooBig, HttpStatusCode.RequestEntityTooLarge, null)),
            ("profile update: malformed JSON", new(Caller.TalentScout, "PUT", "/api/v1/profiles/{id}", "{", HttpStatusCode.BadRequest, null)),
            ("profile update: unknown source", new(Caller.TalentScout, "PUT", "/api/v1/profiles/{id}", Profile(b => b["competences"] = new[] { new { competenceId = KnownCompetence, level = 2, source = "internet" } }), HttpStatusCode.BadRequest, "competences[0].source")),
            ("profile update: unknown competence", new(Caller.TalentScout, "PUT", "/api/v1/profiles/{id}", Profile(b => b["competences"] = new[] { new { competenceId = Unknown, level = 2, source = "life" } }), HttpStatusCode.BadRequest, "competences[0].competenceId")),
            ("profile update: invalid postcode", new(Caller.TalentScout, "PUT", "/api/v1/profiles/{id}", Profile(b => b["postcode"] = "0999"), HttpStatusCode.BadRequest, "postcode")),
            ("profile update: oversized body", new(Caller.TalentScout, "PUT", "/api/v1/profiles/{id}", tooBig, HttpStatusCode.RequestEntityTooLarge, null)),
            ("claim: empty code", new(Caller.JobSeeker, "POST", "/api/v1/profiles/{id}/claim", "{\"code\": \"\"}", HttpStatusCode.BadRequest, "code")),
            ("claim: over-long code", new(Caller.JobSeeker, "POST", "/api/v1/profiles/{id}/claim", Json(new { code = new string('A', 33) }), HttpStatusCode.BadRequest, "code")),
            ("claim: code as number", new(Caller.JobSeeker, "POST", "/api/v1/profiles/{id}/claim", "{\"code\": 12345}", HttpStatusCode.BadRequest, "code")),
            ("claim: array instead of object", new(Caller.JobSeeker, "POST", "/api/v1/profiles/{id}/claim", "[]", HttpStatusCode.BadRequest, null)),
        };
        return cases.Select(c => new TestCaseData(c.Case).SetArgDisplayNames(c.Name));
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Send_WhenInputIsBad_Returns4xxProblemAndCreatesNothing(BadRequest bad)
    {
        using var scout = await Testing.AsAsync(Roles.TalentScout);
        var forklift = await CatalogueData.CompetenceIdAsync(CatalogueData.OperateForklift);
        var created = await scout.PostAsJsonAsync("/api/v1/profiles", ProfilesTests.Body(forklift, "Existing"));
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var profileId = (await created.JsonAsync()).GetProperty("profile").GetProperty("id").GetGuid();
        using var client = bad.Caller switch
        {
            Caller.Anonymous => Testing.Anonymous(),
            Caller.Admin => await Testing.AsAdminAsync(),
            Caller.TalentScout => await Testing.AsAsync(Roles.TalentScout),
            _ => await Testing.AsAsync(Roles.JobSeeker),
        };
        var before = await SnapshotAsync(profileId);
        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Path.Replace("{id}", profileId.ToString()))
        {
            Content = new StringContent(bad.Body.Replace(KnownCompetence, forklift.ToString()), Encoding.UTF8, "application/json"),
        };

        var response = await client.SendAsync(request);

        var problem = await response.ShouldBeProblemAsync(bad.Status);
        problem.GetRawText().ShouldNotContain("   at ");
        if (bad.Field is not null)
        {
            problem.ErrorFields().ShouldContain(bad.Field);
        }

        (await SnapshotAsync(profileId)).ShouldBe(before);
    }

    /// <summary>Counts of what a request could create, and the stamp of the profile it could change.</summary>
    private static async Task<string> SnapshotAsync(Guid profileId)
    {
        await using var scope = Testing.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
        var profile = await db.Profiles.AsNoTracking().SingleAsync(p => p.Id == profileId);
        return $"users={await db.Users.CountAsync()} profiles={await db.Profiles.CountAsync()} competences={await db.Competences.CountAsync()} " +
               $"stamp={profile.ConcurrencyStamp} owner={profile.OwnerUserId}";
    }

    private static string Json(object value) => JsonSerializer.Serialize(value, Testing.Json);

    /// <summary>A valid profile body with one change.</summary>
    private static string Profile(Action<Dictionary<string, object?>>? change = null)
    {
        var body = ProfilesTests.Body(Guid.Parse(KnownCompetence));
        change?.Invoke(body);
        return Json(body);
    }
}
