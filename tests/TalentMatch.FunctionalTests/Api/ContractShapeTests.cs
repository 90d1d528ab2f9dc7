using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TalentMatch.Domain.Common;

namespace TalentMatch.FunctionalTests.Api;

/// <summary>The parts of the served document a generated client depends on.</summary>
public sealed class ContractShapeTests : FunctionalTest
{
    [Test]
    public async Task Enums_AreTypedStrings_WithoutNull()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!.AsObject();

        var enums = schemas.Where(s => s.Value!["enum"] is not null).ToList();

        enums.Count.ShouldBeGreaterThan(15);
        foreach (var (name, schema) in enums)
        {
            schema!["type"]?.GetValue<string>().ShouldBe("string", name);
            schema["enum"]!.AsArray().ShouldAllBe(v => v != null, name);
        }
    }

    [Test]
    public async Task ProblemDetails_HasErrorsAndAllowedTransitions()
    {
        var problem = (await DocumentAsync())["components"]!["schemas"]!["ProblemDetails"]!["properties"]!;

        problem["errors"]!["additionalProperties"]!["items"]!["type"]!.GetValue<string>().ShouldBe("string");
        problem["allowedTransitions"]!["items"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/MatchState");
    }

    [Test]
    public async Task RequiredFields_AreThoseTheValidatorRequires()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;

        Required(schemas["CreateProfileCommand"]!).ShouldBe(["displayName", "postcode", "seeks", "hoursPerWeek"], ignoreOrder: true);
        Required(schemas["ProfileCompetenceInput"]!).ShouldBe(["competenceId", "level", "source"], ignoreOrder: true);
        // startDate and contract are required only when moving to placed (a When block).
        Required(schemas["TransitionMatchCommand"]!).ShouldBe(["to"]);
        schemas["CreateProfileCommand"]!["properties"]!["displayName"]!["type"]!.GetValue<string>().ShouldBe("string");
    }

    [Test]
    public async Task AProfile_WithOnlyTheRequiredFields_IsCreated()
    {
        using var jobSeeker = await Testing.AsAsync(Roles.JobSeeker);

        var response = await jobSeeker.PostAsJsonAsync("/api/v1/profiles", new { displayName = "Samira", postcode = "2060", seeks = new[] { "job" }, hoursPerWeek = 20 });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    [Test]
    public async Task ETag_IsDocumented_WhereItIsSet()
    {
        var paths = (await DocumentAsync())["paths"]!;

        paths["/api/v1/profiles/{id}"]!["get"]!["responses"]!["200"]!["headers"]!["ETag"].ShouldNotBeNull();
        paths["/api/v1/profiles/{id}"]!["put"]!["responses"]!["200"]!["headers"]!["ETag"].ShouldNotBeNull();
        paths["/api/v1/vacancies"]!["post"]!["responses"]!["201"]!["headers"]!["ETag"].ShouldNotBeNull();
        paths["/api/v1/profiles"]!["get"]!["responses"]!["200"]!["headers"].ShouldBeNull();
    }

    [Test]
    public async Task SignIn401_AndOwnProfile404_AreDocumented()
    {
        var paths = (await DocumentAsync())["paths"]!;

        paths["/api/v1/auth/login"]!["post"]!["responses"]!["401"].ShouldNotBeNull();
        paths["/api/v1/auth/refresh"]!["post"]!["responses"]!["401"].ShouldNotBeNull();
        paths["/api/v1/profiles/me"]!["get"]!["responses"]!["404"].ShouldNotBeNull();
    }

    private static string[] Required(JsonNode schema) =>
        schema["required"]?.AsArray().Select(n => n!.GetValue<string>()).ToArray() ?? [];

    private static async Task<JsonNode> DocumentAsync()
    {
        var response = await Testing.Anonymous().GetAsync("/openapi/v1.json");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
