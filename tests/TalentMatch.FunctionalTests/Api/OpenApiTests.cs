using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TalentMatch.FunctionalTests.Api;

public sealed class OpenApiTests : FunctionalTest
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Test]
    public async Task OpenApiDocument_IsServedAnonymously_WithBearerScheme()
    {
        var document = await ServedAsync();

        var scheme = document["components"]!["securitySchemes"]!["Bearer"]!;
        scheme["type"]!.GetValue<string>().ShouldBe("http");
        scheme["scheme"]!.GetValue<string>().ShouldBe("bearer");
    }

    [Test]
    public async Task EveryProtectedOperation_HasSecurityAnd401_And403WhenItLimitsRoles()
    {
        var document = await ServedAsync();

        var operations = Operations(document).Where(o => o.Path.StartsWith("/api/v1/", StringComparison.Ordinal) && !o.Path.StartsWith("/api/v1/auth/", StringComparison.Ordinal)).ToList();
        operations.ShouldNotBeEmpty();
        foreach (var (path, method, operation) in operations)
        {
            var name = $"{method.ToUpperInvariant()} {path}";
            operation["security"]?.AsArray().Count.ShouldBeGreaterThan(0, $"{name} has no security requirement");
            var responses = operation["responses"]!.AsObject();
            responses.ContainsKey("401").ShouldBeTrue($"{name} does not document 401");
            var anyRole = operation["description"]?.GetValue<string>().Contains("Roles: any signed-in user.", StringComparison.Ordinal) == true;
            if (!anyRole)
            {
                responses.ContainsKey("403").ShouldBeTrue($"{name} does not document 403");
            }
        }
    }

    [Test]
    public async Task AuthOperations_NeedNoToken()
    {
        var document = await ServedAsync();

        var auth = Operations(document).Where(o => o.Path.StartsWith("/api/v1/auth/", StringComparison.Ordinal)).ToList();

        auth.ShouldNotBeEmpty();
        auth.ShouldAllBe(o => o.Operation["security"] == null || o.Operation["security"]!.AsArray().Count == 0);
    }

    [Test]
    public async Task EveryOperation_HasASummary()
    {
        var document = await ServedAsync();

        var missing = Operations(document)
            .Where(o => string.IsNullOrWhiteSpace(o.Operation["summary"]?.GetValue<string>()))
            .Select(o => $"{o.Method.ToUpperInvariant()} {o.Path}")
            .ToList();

        missing.ShouldBeEmpty();
    }

    [Test]
    public async Task CommittedSpec_EqualsTheServedDocument()
    {
        var served = await ServedAsync();
        var committedPath = Path.Combine(RepositoryRoot(), "api-spec", "openapi.json");
        File.Exists(committedPath).ShouldBeTrue($"{committedPath} is missing: run `dotnet build src/TalentMatch.Api` (it regenerates api-spec/openapi.json).");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(committedPath))!;

        var expected = Normalise(committed);
        var actual = Normalise(served);

        actual.ShouldBe(expected, "api-spec/openapi.json is stale: run `dotnet build src/TalentMatch.Api` (it regenerates api-spec/openapi.json) and commit it.");
    }

    [Test]
    public async Task SwaggerUi_IsServed()
    {
        var response = await Testing.Anonymous().GetAsync("/swagger/index.html");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("swagger", Case.Insensitive);
    }

    private static async Task<JsonNode> ServedAsync()
    {
        var response = await Testing.Anonymous().GetAsync("/openapi/v1.json");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject()
                .Where(op => Methods.Contains(op.Key))
                .Select(op => (path.Key, op.Key, op.Value!)));

    /// <summary>Re-serialised with sorted keys and without `servers` (they depend on the host).</summary>
    private static string Normalise(JsonNode document)
    {
        var copy = document.DeepClone().AsObject();
        copy.Remove("servers");
        return Sorted(copy)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Sorted).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "TalentMatch.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("TalentMatch.sln not found above " + AppContext.BaseDirectory);
    }
}
