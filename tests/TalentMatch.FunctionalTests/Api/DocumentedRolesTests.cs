using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TalentMatch.Domain.Common;

namespace TalentMatch.FunctionalTests.Api;

/// <summary>
/// For every operation, the roles its OpenAPI description lists are exactly the roles the server
/// lets through. Each role calls each operation with unknown ids and an empty body: a role that is
/// let through gets past authorization (to 200, 400, 404 …), any other role gets 403.
/// </summary>
public sealed partial class DocumentedRolesTests : FunctionalTest
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Test]
    public async Task EveryOperation_LetsThroughExactlyTheDocumentedRoles()
    {
        using var admin = await Testing.AsAdminAsync();
        var organisation = await admin.PostAsJsonAsync("/api/v1/organisations", new { name = "Roles test bv", kind = "company", postcode = "2000" });
        await organisation.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var organisationId = (await organisation.JsonAsync()).GetProperty("id").GetGuid();

        var clients = new Dictionary<string, HttpClient>();
        foreach (var role in Roles.All)
        {
            clients[role] = await Testing.AsAsync(role, role == Roles.Employer ? organisationId : null);
        }

        var document = JsonNode.Parse(await (await Testing.Anonymous().GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;
        var operations = Operations(document).ToList();
        operations.Count.ShouldBeGreaterThan(50);

        var wrong = new List<string>();
        foreach (var (path, method, documented, multipart, integerIds) in operations)
        {
            var letThrough = new List<string>();
            foreach (var role in Roles.All)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), WithUnknownIds(path, integerIds));
                if (multipart)
                {
                    request.Content = new MultipartFormDataContent { { new StringContent("nl"), "language" } };
                }
                else if (method is "post" or "put" or "patch")
                {
                    request.Content = JsonContent.Create(new { });
                }

                request.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
                using var response = await clients[role].SendAsync(request);
                response.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError, $"{method.ToUpperInvariant()} {path} as {role}");
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    letThrough.Add(role);
                }
            }

            if (!letThrough.Order().SequenceEqual(documented.Order()))
            {
                wrong.Add($"{method.ToUpperInvariant()} {path}: documented [{string.Join(", ", documented.Order())}], let through [{string.Join(", ", letThrough.Order())}]");
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        wrong.ShouldBeEmpty();
    }

    /// <summary>Unknown ids of the type each route expects (a number for a numeric id, else a GUID).</summary>
    private static string WithUnknownIds(string path, IReadOnlySet<string> integerIds) =>
        Placeholder().Replace(path, m => integerIds.Contains(m.Value.Trim('{', '}')) ? "987654321" : Guid.NewGuid().ToString());

    /// <summary>The protected operations and the roles each one's description lists.</summary>
    private static IEnumerable<(string Path, string Method, IReadOnlyList<string> Roles, bool Multipart, IReadOnlySet<string> IntegerIds)> Operations(JsonNode document)
    {
        foreach (var path in document["paths"]!.AsObject())
        {
            foreach (var operation in path.Value!.AsObject().Where(o => Methods.Contains(o.Key)))
            {
                if (OperationRoles.Of(operation.Value!) is not { } roles)
                {
                    continue;
                }

                var multipart = operation.Value!["requestBody"]?["content"]?["multipart/form-data"] is not null;
                var integerIds = (operation.Value["parameters"]?.AsArray() ?? [])
                    .Where(p => p!["in"]!.GetValue<string>() == "path" && p["schema"]?["type"]?.ToString() is "integer")
                    .Select(p => p!["name"]!.GetValue<string>())
                    .ToHashSet();
                yield return (path.Key, operation.Key, roles, multipart, integerIds);
            }
        }
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Placeholder();
}
