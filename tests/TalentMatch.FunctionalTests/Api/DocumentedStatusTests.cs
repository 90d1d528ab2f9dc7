using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TalentMatch.Domain.Common;

namespace TalentMatch.FunctionalTests.Api;

/// <summary>
/// For every operation of the served document: each status a probe gets back is documented, and
/// each problem that can be provoked without data is answered as documented. The probes need no
/// test data: no token (401), unknown ids (404), a broken body or invalid query values (400), a
/// body over the limit (413), a body in another media type (415), all sent by a role the operation
/// lets through.
/// </summary>
public sealed partial class DocumentedStatusTests : FunctionalTest
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    /// <summary>Sign-in operations answer 401 to credentials that do not match, not to a missing token.</summary>
    private static readonly Dictionary<string, object> WrongCredentials = new()
    {
        ["/api/v1/auth/login"] = new { email = "nobody@test.local", password = "Wrong-Password-123" },
        ["/api/v1/auth/refresh"] = new { refreshToken = "not-a-refresh-token" },
    };

    [Test]
    public async Task EveryProbedStatus_IsDocumented_AndEveryProvokableProblem_IsAnswered()
    {
        var clients = await ClientsPerRoleAsync();
        var anonymous = Testing.Anonymous();
        var document = JsonNode.Parse(await (await anonymous.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;
        var operations = Operations(document).ToList();
        operations.Count.ShouldBeGreaterThan(50);

        var wrong = new List<string>();
        foreach (var op in operations)
        {
            var caller = op.Roles.Count == 0 ? anonymous : clients[op.Roles.Contains(Roles.Admin) ? Roles.Admin : op.Roles[0]];
            var seen = new List<(string Probe, int Status)>();

            async Task<int> ProbeAsync(string probe, HttpClient client, HttpContent? content, string? query = null)
            {
                using var request = new HttpRequestMessage(new HttpMethod(op.Method.ToUpperInvariant()), UnknownIds().Replace(op.Path, m => op.UnknownValue(m.Value.Trim('{', '}'))) + query)
                {
                    Content = content,
                };
                if (op.Headers.Contains("Idempotency-Key"))
                {
                    request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
                }
                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                seen.Add((probe, status));
                return status;
            }

            void Expect(string probe, int status, int expected)
            {
                if (status != expected)
                {
                    wrong.Add($"{op.Name}: {probe} answered {status}, expected the documented {expected}");
                }
            }

            if (op.Documents(401))
            {
                var status = WrongCredentials.TryGetValue(op.Path, out var credentials)
                    ? await ProbeAsync("wrong credentials", anonymous, JsonContent.Create(credentials))
                    : await ProbeAsync("no token", anonymous, op.Multipart ? Multipart() : op.HasBody ? JsonContent.Create(new { }) : null);
                Expect("no token", status, 401);
            }

            var plain = await ProbeAsync("unknown ids", caller, op.Multipart ? Multipart() : op.HasBody ? JsonContent.Create(new { }) : null);
            if (op.Documents(404) && !op.HasBody && op.Path.Contains('{'))
            {
                Expect("unknown ids", plain, 404);
            }

            if (op.Documents(400) && op.HasBody)
            {
                Expect("a broken body", await ProbeAsync("a broken body", caller, op.Multipart ? Multipart() : new StringContent("{\"", Encoding.UTF8, "application/json")), 400);
            }
            else if (op.Documents(400) && op.QueryParameters.Count > 0)
            {
                var junk = "?" + string.Join('&', op.QueryParameters.Select(p => $"{p}={new string('x', 300)}"));
                Expect("invalid query values", await ProbeAsync("invalid query values", caller, null, junk), 400);
            }

            if (op.Documents(415))
            {
                Expect("a body in another media type", await ProbeAsync("a body in another media type", caller, new StringContent("{}", Encoding.UTF8, "text/plain")), 415);
            }

            if (op.Documents(413) && !op.Multipart)
            {
                var tooLarge = new StringContent($"\"{new string('x', 1024 * 1024)}\"", Encoding.UTF8, "application/json");
                Expect("a body over 1 MiB", await ProbeAsync("a body over 1 MiB", anonymous, tooLarge), 413);
            }

            foreach (var (probe, status) in seen.Where(s => !op.Documents(s.Status)))
            {
                wrong.Add($"{op.Name}: {probe} answered {status}, which is not documented");
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        wrong.ShouldBeEmpty();
    }

    private static async Task<Dictionary<string, HttpClient>> ClientsPerRoleAsync()
    {
        using var admin = await Testing.AsAdminAsync();
        var organisation = await admin.PostAsJsonAsync("/api/v1/organisations", new { name = "Status test bv", kind = "company", postcode = "2000" });
        await organisation.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var organisationId = (await organisation.JsonAsync()).GetProperty("id").GetGuid();

        var clients = new Dictionary<string, HttpClient>();
        foreach (var role in Roles.All)
        {
            clients[role] = await Testing.AsAsync(role, role == Roles.Employer ? organisationId : null);
        }

        return clients;
    }

    private static MultipartFormDataContent Multipart() => new() { { new StringContent("nl"), "language" } };

    private static IEnumerable<Operation> Operations(JsonNode document)
    {
        foreach (var path in document["paths"]!.AsObject().Where(p => p.Key.StartsWith("/api/v1/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value!.AsObject().Where(o => Methods.Contains(o.Key)))
            {
                var node = operation.Value!;
                var line = RolesLine().Match(node["description"]?.GetValue<string>() ?? "");
                IReadOnlyList<string> roles = !line.Success ? []
                    : line.Groups[1].Value == "any signed-in user" ? Roles.All
                    : line.Groups[1].Value.Split(", ", StringSplitOptions.RemoveEmptyEntries);
                var content = node["requestBody"]?["content"];
                var query = node["parameters"]?.AsArray()
                    .Where(p => p!["in"]!.GetValue<string>() == "query")
                    .Select(p => p!["name"]!.GetValue<string>())
                    .ToList() ?? [];
                var parameters = node["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
                yield return new Operation(
                    path.Key,
                    operation.Key,
                    roles,
                    node["responses"]!.AsObject().Select(r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(),
                    content is not null,
                    content?["multipart/form-data"] is not null,
                    query,
                    parameters.Where(p => p["in"]!.GetValue<string>() == "path").ToDictionary(p => p["name"]!.GetValue<string>(), p => p["schema"]?["type"]?.ToString() == "integer" ? "integer" : p["schema"]?["format"]?.ToString() ?? "string"),
                    parameters.Where(p => p["in"]!.GetValue<string>() == "header").Select(p => p["name"]!.GetValue<string>()).ToHashSet());
            }
        }
    }

    private sealed record Operation(
        string Path,
        string Method,
        IReadOnlyList<string> Roles,
        HashSet<int> Statuses,
        bool HasBody,
        bool Multipart,
        IReadOnlyList<string> QueryParameters,
        IReadOnlyDictionary<string, string> PathParameters,
        IReadOnlySet<string> Headers)
    {
        public string Name => $"{Method.ToUpperInvariant()} {Path}";

        /// <summary>A well-formed value that names nothing: a number, a GUID, a month or a code.</summary>
        public string UnknownValue(string parameter) => PathParameters.GetValueOrDefault(parameter) switch
        {
            "integer" => "987654321",
            "uuid" => Guid.NewGuid().ToString(),
            _ when parameter == "month" => "2026-11",
            _ => "UNKNOWN99",
        };

        public bool Documents(int status) => Statuses.Contains(status);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex UnknownIds();

    [GeneratedRegex(@"Roles: ([^.]+)\.")]
    private static partial Regex RolesLine();
}
