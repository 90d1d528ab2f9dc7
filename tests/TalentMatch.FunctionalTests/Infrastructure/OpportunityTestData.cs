using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TalentMatch.FunctionalTests.Infrastructure;

/// <summary>A bad request body: how to spoil a valid one, the status expected and the field the problem names.</summary>
public sealed record BadInput(string Name, Func<JsonObject, string> Spoil, string? Field, HttpStatusCode Status = HttpStatusCode.BadRequest)
{
    /// <summary>Changes the valid body in place and sends it.</summary>
    public static BadInput Change(string name, Action<JsonObject> change, string? field, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        new(name, body =>
        {
            change(body);
            return body.ToJsonString();
        }, field, status);

    /// <summary>Sends text that is not JSON at all.</summary>
    public static BadInput Malformed { get; } = new("malformed JSON", body => body.ToJsonString()[..20], null);

    public static TestCaseData Case(BadInput input) => new TestCaseData(input).SetArgDisplayNames(input.Name);

    public override string ToString() => Name;
}

/// <summary>Catalogue look-ups and organisations the opportunity tests build on.</summary>
public static class OpportunityTestData
{
    public static async Task<Guid> CompetenceIdAsync(HttpClient client, string q)
    {
        var page = await (await client.GetAsync($"/api/v1/competences?q={Uri.EscapeDataString(q)}&pageSize=1")).JsonAsync();
        return page.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    public static async Task<Guid> OccupationIdAsync(HttpClient client, string q)
    {
        var hits = await (await client.GetAsync($"/api/v1/occupations?q={Uri.EscapeDataString(q)}&limit=1")).JsonAsync();
        return hits[0].GetProperty("id").GetGuid();
    }

    public static JsonObject OrganisationBody(string name = "Havenlogistiek", string postcode = "2030") => new()
    {
        ["name"] = name,
        ["kind"] = "company",
        ["postcode"] = postcode,
        ["email"] = "jobs@havenlogistiek.test",
        ["phone"] = "+32 3 123 45 67",
        ["website"] = "https://havenlogistiek.test",
        ["description"] = "Warehousing in the port.",
    };

    public static async Task<Guid> CreateOrganisationAsync(HttpClient client, string name = "Havenlogistiek", string postcode = "2030") =>
        (await client.CreateAsync("/api/v1/organisations", OrganisationBody(name, postcode))).Id();

    /// <summary>A valid volunteer request body: a neighbour's, or the organisation's when <paramref name="organisationId"/> is given.</summary>
    public static JsonObject VolunteerRequestBody(Guid competenceId, Guid? organisationId = null, string title = "Boodschappen doen", string status = "draft")
    {
        var body = new JsonObject
        {
            ["requesterName"] = "Mevrouw Peeters",
            ["title"] = title,
            ["description"] = "Wekelijks boodschappen doen voor een buurvrouw.",
            ["postcode"] = "2140",
            ["startsAt"] = "2026-12-01T10:00:00Z",
            ["endsAt"] = "2026-12-01T12:00:00Z",
            ["recurring"] = "weekly",
            ["hoursEstimate"] = 2,
            ["volunteersNeeded"] = 1,
            ["requirements"] = Array(new JsonObject { ["competenceId"] = competenceId.ToString(), ["minLevel"] = 1, ["importance"] = "preferred" }),
            ["languages"] = Array(new JsonObject { ["code"] = "ar", ["minLevel"] = "B1", ["importance"] = "preferred" }),
            ["interests"] = Array("buurt"),
            ["multilingualValued"] = true,
            ["status"] = status,
        };
        if (organisationId is { } id)
        {
            body.Remove("requesterName");
            body["organisationId"] = id.ToString();
        }

        return body;
    }

    /// <summary>Posts the body and returns the created resource, asserting 201.</summary>
    public static async Task<JsonElement> CreateAsync(this HttpClient client, string url, JsonNode body)
    {
        var response = await client.SendJsonAsync(HttpMethod.Post, url, body);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return await response.JsonAsync();
    }

    public static async Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, string json, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, JsonNode body, string? ifMatch = null) =>
        client.SendJsonAsync(method, url, body.ToJsonString(), ifMatch);

    public static async Task<int> TotalAsync(this HttpClient client, string listUrl) =>
        (await client.ListAsync(listUrl)).GetProperty("total").GetInt32();

    public static async Task<JsonElement> ListAsync(this HttpClient client, string listUrl)
    {
        var response = await client.GetAsync(listUrl);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    /// <summary>The resource as JSON text and its ETag, to show a refused write changed nothing.</summary>
    public static async Task<(string Body, string? ETag)> SnapshotAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadAsStringAsync(), response.Headers.ETag?.Tag);
    }

    /// <summary>Sends the spoiled body and asserts a problem naming the field, and that the list and the resource are unchanged.</summary>
    public static async Task ShouldRejectAsync(this HttpClient client, BadInput input, HttpMethod method, string url, JsonObject validBody, string listUrl, string? resourceUrl = null)
    {
        var total = await client.TotalAsync(listUrl);
        var before = resourceUrl is null ? default : await client.SnapshotAsync(resourceUrl);

        var response = await client.SendJsonAsync(method, url, input.Spoil(validBody));

        var problem = await response.ShouldBeProblemAsync(input.Status);
        if (input.Field is not null)
        {
            problem.ErrorFields().ShouldContain(input.Field);
        }

        (await client.TotalAsync(listUrl)).ShouldBe(total);
        if (resourceUrl is not null)
        {
            (await client.SnapshotAsync(resourceUrl)).ShouldBe(before);
        }
    }

    public static JsonArray Array(params JsonNode?[] items) => new(items);

    public static Guid Id(this JsonElement element) => element.GetProperty("id").GetGuid();
}
