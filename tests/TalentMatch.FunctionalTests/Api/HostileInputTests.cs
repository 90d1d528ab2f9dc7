using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Opportunities;
using TalentMatch.FunctionalTests.Infrastructure;

namespace TalentMatch.FunctionalTests.Api;

/// <summary>
/// Sweeps every operation of the OpenAPI document with hostile input: each body field (and each
/// field of an array item) in turn replaced by null, a null array item, a huge or invisible text,
/// an extreme number or date, and the wrong type; each query parameter by extreme values. Bodies
/// are built from the schemas, with real ids, so most requests reach the handler. A new endpoint is
/// swept without a line here. No answer may be a 500.
/// </summary>
public sealed partial class HostileInputTests : FunctionalTest
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private readonly Dictionary<string, Guid> _ids = [];
    private JsonNode _document = null!;

    [Test]
    public async Task EveryWriteOperation_AnswersHostileBodiesWithoutA500()
    {
        using var admin = await SetUpAsync();
        var failures = new List<string>();
        var sent = 0;

        foreach (var (path, method, operation) in Operations())
        {
            if (operation["requestBody"]?["content"]?["application/json"]?["schema"] is not { } schema)
            {
                continue;
            }

            var url = WithIds(path);
            var valid = Example(schema, "", 0)!.AsObject();
            foreach (var (name, body) in Mutations(valid))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url)
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                using var response = await admin.SendAsync(request);
                sent++;
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{method.ToUpperInvariant()} {path} with {name}: {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync())}");
                }
            }
        }

        sent.ShouldBeGreaterThan(300);
        failures.ShouldBeEmpty();
    }

    [Test]
    public async Task EveryOperation_AnswersHostileQueryParametersWithoutA500()
    {
        using var admin = await SetUpAsync();
        var failures = new List<string>();
        var sent = 0;

        foreach (var (path, method, operation) in Operations())
        {
            var parameters = operation["parameters"]?.AsArray().Where(p => p!["in"]!.GetValue<string>() == "query").ToList() ?? [];
            foreach (var parameter in parameters)
            {
                var name = parameter!["name"]!.GetValue<string>();
                foreach (var value in HostileValues(parameter["schema"]))
                {
                    var url = $"{WithIds(path)}?{name}={Uri.EscapeDataString(value)}";
                    using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url);
                    if (method is "post" or "put")
                    {
                        request.Content = JsonContent.Create(new { });
                    }

                    using var response = await admin.SendAsync(request);
                    sent++;
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{method.ToUpperInvariant()} {url}: {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync())}");
                    }
                }
            }
        }

        sent.ShouldBeGreaterThan(50);
        failures.ShouldBeEmpty();
    }

    /// <summary>Real resources for the ids in the paths, so that requests reach their handlers.</summary>
    private async Task<HttpClient> SetUpAsync()
    {
        var admin = await Testing.AsAdminAsync();
        _document = JsonNode.Parse(await (await Testing.Anonymous().GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;
        var (a, _, _) = await MatchingTestData.ThreeUnrelatedCompetencesAsync();
        _ids["competenceId"] = a;
        _ids["occupationId"] = await OpportunityTestData.OccupationIdAsync(admin, "magazijn");
        _ids["organisationId"] = await OpportunityTestData.CreateOrganisationAsync(admin);
        _ids["profileId"] = await MatchingTestData.CreateProfileAsync(admin, "Amina", [MatchingTestData.Has(a)]);
        _ids["vacancyId"] = await MatchingTestData.CreateVacancyAsync(_ids["organisationId"], OpportunityStatus.Open, [MatchingTestData.Required(a)]);
        _ids["volunteerRequestId"] = await MatchingTestData.CreateVolunteerRequestAsync(OpportunityStatus.Open, [MatchingTestData.Required(a)]);
        _ids["matchId"] = await MatchmakingTestData.AddMatchInStateAsync(_ids["profileId"], _ids["vacancyId"], MatchState.Placed);
        _ids["checkInId"] = await MatchmakingTestData.AddCheckInAsync(_ids["matchId"], "3m", null);
        _ids["escalationId"] = await MatchmakingTestData.AddEscalationAsync(_ids["matchId"], _ids["checkInId"]);
        await MatchmakingTestData.AddMatchInStateAsync(_ids["profileId"], _ids["volunteerRequestId"], MatchState.Accepted);
        var hours = await admin.PostAsJsonAsync($"/api/v1/volunteer-requests/{_ids["volunteerRequestId"]}/hours", new { profileId = _ids["profileId"], date = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), hours = 2 });
        await hours.ShouldHaveStatusAsync(HttpStatusCode.Created);
        _ids["entryId"] = (await hours.JsonAsync()).Id();
        _ids["coachUserId"] = (await Testing.CreateAccountAsync(Roles.Coach)).Id;
        return admin;
    }

    /// <summary>The path with each placeholder replaced by the id of a real resource of its kind.</summary>
    private string WithIds(string path) => Placeholder().Replace(path, m =>
    {
        var name = m.Groups[1].Value;
        var before = path[..m.Index];
        var kind = name != "id" ? name
            : before.EndsWith("/profiles/", StringComparison.Ordinal) ? "profileId"
            : before.EndsWith("/vacancies/", StringComparison.Ordinal) ? "vacancyId"
            : before.EndsWith("/volunteer-requests/", StringComparison.Ordinal) ? "volunteerRequestId"
            : before.EndsWith("/organisations/", StringComparison.Ordinal) ? "organisationId"
            : before.EndsWith("/matches/", StringComparison.Ordinal) ? "matchId"
            : before.EndsWith("/check-ins/", StringComparison.Ordinal) ? "checkInId"
            : before.EndsWith("/escalations/", StringComparison.Ordinal) ? "escalationId"
            : before.EndsWith("/competences/", StringComparison.Ordinal) ? "competenceId"
            : before.EndsWith("/occupations/", StringComparison.Ordinal) ? "occupationId"
            : name;
        return (_ids.TryGetValue(kind, out var id) ? id : Guid.NewGuid()).ToString();
    });

    /// <summary>Each field of the body, and each field of its arrays' first items, made hostile in turn.</summary>
    private static IEnumerable<(string Name, string Body)> Mutations(JsonObject valid)
    {
        yield return ("the plausible body", valid.ToJsonString());
        yield return ("an empty object", "{}");
        yield return ("null", "null");
        yield return ("an array", "[]");
        foreach (var (property, value) in valid.ToList())
        {
            foreach (var (name, hostile) in HostileNodes(value))
            {
                var copy = valid.DeepClone().AsObject();
                copy[property] = hostile;
                yield return ($"{property} = {name}", copy.ToJsonString());
            }

            if (value is JsonArray { Count: > 0 } array)
            {
                var withNullItem = valid.DeepClone().AsObject();
                withNullItem[property] = new JsonArray(null, array[0]!.DeepClone());
                yield return ($"{property} with a null item", withNullItem.ToJsonString());

                if (array[0] is JsonObject item)
                {
                    foreach (var (inner, innerValue) in item.ToList())
                    {
                        foreach (var (name, hostile) in HostileNodes(innerValue))
                        {
                            var copy = valid.DeepClone().AsObject();
                            var changed = item.DeepClone().AsObject();
                            changed[inner] = hostile;
                            copy[property] = new JsonArray(changed);
                            yield return ($"{property}[0].{inner} = {name}", copy.ToJsonString());
                        }
                    }
                }
            }
        }
    }

    private static IEnumerable<(string Name, JsonNode? Value)> HostileNodes(JsonNode? value)
    {
        yield return ("null", null);
        switch (value)
        {
            case JsonValue v when v.TryGetValue<string>(out var text) && IsDate(text):
                yield return ("9999-12-31", "9999-12-31");
                yield return ("0001-01-01", "0001-01-01");
                yield return ("9999-12-31T23:59:59Z", "9999-12-31T23:59:59Z");
                break;
            case JsonValue v when v.TryGetValue<string>(out _):
                yield return ("10,000 characters", new string('x', 10_000));
                yield return ("control and bidi characters", "Am\u202Eina\u0000\u200B");
                yield return ("a number", 42);
                yield return ("an empty text", "");
                break;
            case JsonValue v when v.TryGetValue<double>(out _):
                yield return ("int.MaxValue", int.MaxValue);
                yield return ("-1", -1);
                yield return ("1e308", 1e308);
                yield return ("a text", "many");
                break;
            case JsonValue v when v.TryGetValue<bool>(out _):
                yield return ("a text", "yes");
                break;
            case JsonArray:
                yield return ("an object", new JsonObject());
                yield return ("10,000 items", new JsonArray([.. Enumerable.Range(0, 10_000).Select(i => (JsonNode)JsonValue.Create(i))]));
                break;
            case JsonObject:
                yield return ("an array", new JsonArray());
                break;
        }
    }

    private static IEnumerable<string> HostileValues(JsonNode? schema)
    {
        var type = TypeOf(schema);
        var format = schema?["format"]?.GetValue<string>();
        if (format is "date" or "date-time")
        {
            return ["9999-12-31", "0001-01-01", "not-a-date", "2026-02-30"];
        }

        return type switch
        {
            "integer" or "number" => ["2147483647", "-2147483648", "99999999999999", "-1", "0", "many"],
            "boolean" => ["maybe"],
            _ => ["", new string('x', 10_000), "\u202E\u0000", "%", "😀😀", "a"],
        };
    }

    /// <summary>A plausible value for the schema: ids of real resources, Antwerp postcodes, today.</summary>
    private JsonNode? Example(JsonNode? schema, string name, int depth)
    {
        if (schema is null || depth > 8)
        {
            return null;
        }

        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            return Example(_document["components"]!["schemas"]![reference.Split('/')[^1]], name, depth + 1);
        }

        if (schema["oneOf"] is JsonArray oneOf)
        {
            return Example(oneOf.FirstOrDefault(s => TypeOf(s) != "null"), name, depth);
        }

        if (schema["enum"] is JsonArray values)
        {
            return values.FirstOrDefault(v => v is not null)?.DeepClone();
        }

        var lower = name.ToLowerInvariant();
        return TypeOf(schema) switch
        {
            "object" => new JsonObject((schema["properties"]?.AsObject() ?? []).Select(p => KeyValuePair.Create(p.Key, Example(p.Value, p.Key, depth + 1)))),
            "array" => new JsonArray(Example(schema["items"], name.TrimEnd('s'), depth + 1)),
            "integer" => lower.Contains("level") ? 2 : lower.Contains("hours") ? 8 : 1,
            "number" => lower.Contains("years") ? 2 : 4,
            "boolean" => true,
            "string" => schema["format"]?.GetValue<string>() switch
            {
                "uuid" => (_ids.TryGetValue(name, out var id) ? id : Guid.NewGuid()).ToString(),
                "date" => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
                "date-time" => DateTime.UtcNow.AddDays(lower.Contains("end") ? 2 : 1).ToString("O"),
                _ => lower.Contains("postcode") ? "2000"
                    : lower.Contains("website") ? "https://example.be"
                    : lower.Contains("email") ? "amina@example.be"
                    : lower.Contains("phone") ? "+32 470 12 34 56"
                    : lower.Contains("code") ? "nl"
                    : lower.Contains("level") ? "B1"
                    : "Test",
            },
            _ => null,
        };
    }

    private static string? TypeOf(JsonNode? schema) => schema?["type"] switch
    {
        JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
        JsonValue type => type.GetValue<string>(),
        _ => null,
    };

    private IEnumerable<(string Path, string Method, JsonNode Operation)> Operations() =>
        _document["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api/v1/", StringComparison.Ordinal) && !p.Key.StartsWith("/api/v1/auth/", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Where(o => Methods.Contains(o.Key)).Select(o => (p.Key, o.Key, o.Value!)));

    private static bool IsDate(string text) => text.Length >= 10 && char.IsDigit(text[0]) && text[4] == '-' && text[7] == '-';

    private static string Shorten(string text) => text.Length > 300 ? text[..300] : text;

    [GeneratedRegex(@"\{([^}:]+)[^}]*\}")]
    private static partial Regex Placeholder();
}
