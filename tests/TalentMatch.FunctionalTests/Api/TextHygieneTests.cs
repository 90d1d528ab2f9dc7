using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TalentMatch.FunctionalTests.Profiles;

namespace TalentMatch.FunctionalTests.Api;

/// <summary>
/// Text hygiene (docs/text-hygiene.md), swept over the OpenAPI document like the hostile input:
/// every text field of every write operation (each field the plausible body fills with free text,
/// also inside list items) gets a text with a hidden character and must be refused with a 400
/// that names that field. A new endpoint or field is checked without a line here.
/// </summary>
public sealed partial class HostileInputTests
{
    /// <summary>Hidden characters, one per field in turn: a right-to-left override, a zero-width space, a control character, a bidi isolate, a byte-order mark.</summary>
    private static readonly string[] HiddenTexts = ["Am\u202Eanih", "Ami\u200Bna", "Amina\u0007", "\u2066Amina\u2069", "\uFEFFAmina"];

    [Test]
    public async Task EveryTextField_WithAHiddenCharacter_Gets400NamingTheField()
    {
        using var admin = await SetUpAsync();
        var missed = new List<string>();
        var fields = 0;

        foreach (var (path, method, operation) in Operations())
        {
            if (operation["requestBody"]?["content"]?["application/json"]?["schema"] is not { } schema)
            {
                continue;
            }

            var url = WithIds(path);
            var valid = await BindingBodyAsync(admin, method, url, WithoutNulls(Example(schema, "", 0)!.AsObject()));
            foreach (var (field, body) in TextFieldsMadeHostile(valid, HiddenTexts[fields % HiddenTexts.Length]))
            {
                fields++;
                using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url)
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                using var response = await admin.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.BadRequest || !ErrorFieldsOf(text).Contains(field))
                {
                    missed.Add($"{method.ToUpperInvariant()} {path} {field}: {(int)response.StatusCode} {Shorten(text)}");
                }
            }
        }

        fields.ShouldBeGreaterThan(30);
        missed.ShouldBeEmpty();
    }

    [TestCase("nl", "Gebruik geen onzichtbare tekens, regeleinden of tekens die de schrijfrichting omkeren.", "Gebruik geen onzichtbare tekens of tekens die de schrijfrichting omkeren (regeleinden en tabs mogen).")]
    [TestCase("en", "Do not use invisible characters, line breaks or characters that reverse the writing direction.", "Do not use invisible characters or characters that reverse the writing direction (line breaks and tabs are fine).")]
    [TestCase("fr", "N'utilisez pas de caractères invisibles, de retours à la ligne ni de caractères qui inversent le sens d'écriture.", "N'utilisez pas de caractères invisibles ni de caractères qui inversent le sens d'écriture (les retours à la ligne et les tabulations sont permis).")]
    public async Task HiddenCharacters_AreRefusedInTheCallersLanguage(string language, string nameMessage, string textMessage)
    {
        using var scout = await Testing.AsAsync(Domain.Common.Roles.TalentScout);
        var (competence, _, _) = await Infrastructure.MatchingTestData.ThreeUnrelatedCompetencesAsync();
        var body = ProfilesTests.Body(competence, "Am\u202Eanih");
        body["competences"] = new[] { new { competenceId = competence, level = 2, source = "work", evidence = "declared", note = "Heftruck\u200B" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/profiles") { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(language);

        var problem = await (await scout.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        errors.GetProperty("displayName").EnumerateArray().Select(e => e.GetString()).ShouldBe([nameMessage]);
        errors.GetProperty("competences[0].note").EnumerateArray().Select(e => e.GetString()).ShouldBe([textMessage]);
    }

    [Test]
    public async Task WhatLanguagesNeed_IsKept()
    {
        using var scout = await Testing.AsAsync(Domain.Common.Roles.TalentScout);
        var (competence, _, _) = await Infrastructure.MatchingTestData.ThreeUnrelatedCompetencesAsync();

        // Persian with a zero-width non-joiner, an emoji built with joiners, right-to-left and left-to-right marks; line breaks and tabs in a note.
        const string name = "\u0646\u0627\u0645\u200C\u0647\u0627 \U0001F469\u200D\U0001F527 \u200F\u0645\u0631\u064A\u0645\u200E 2";
        const string note = "Reachtruck:\r\n\t- 3 jaar\n\t- certificaat";
        var body = ProfilesTests.Body(competence, name);
        body["competences"] = new[] { new { competenceId = competence, level = 2, source = "work", evidence = "declared", note } };

        var created = await scout.PostAsJsonAsync("/api/v1/profiles", body);

        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var profile = (await created.JsonAsync()).GetProperty("profile");
        profile.GetProperty("displayName").GetString().ShouldBe(name);
        profile.GetProperty("competences")[0].GetProperty("note").GetString().ShouldBe(note);
    }

    /// <summary>Each field the plausible body fills with free text ("Test"), at the top or in a list's first item, replaced by <paramref name="hostile"/>, with the field as the API names it.</summary>
    private static IEnumerable<(string Field, string Body)> TextFieldsMadeHostile(JsonObject valid, string hostile)
    {
        foreach (var (property, value) in valid.ToList().Where(p => !NotText.Contains(p.Key)))
        {
            if (IsFreeText(value))
            {
                var copy = valid.DeepClone().AsObject();
                copy[property] = hostile;
                yield return (property, copy.ToJsonString());
            }
            else if (value is JsonArray { Count: > 0 } array && IsFreeText(array[0]))
            {
                var copy = valid.DeepClone().AsObject();
                copy[property] = new JsonArray(hostile);
                yield return ($"{property}[0]", copy.ToJsonString());
            }
            else if (value is JsonArray { Count: > 0 } items && items[0] is JsonObject item)
            {
                foreach (var (inner, innerValue) in item.ToList().Where(p => IsFreeText(p.Value)))
                {
                    var copy = valid.DeepClone().AsObject();
                    var changed = item.DeepClone().AsObject();
                    changed[inner] = hostile;
                    copy[property] = new JsonArray(changed);
                    yield return ($"{property}[0].{inner}", copy.ToJsonString());
                }
            }
        }
    }

    /// <summary>Strings that are a secret or an identifier, not a name, title or free text.</summary>
    private static readonly string[] NotText = ["password", "role", "escoUri"];

    private static bool IsFreeText(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var text) && text == "Test";

    /// <summary>
    /// The plausible body without the fields the API could not read (a wrong type or value the
    /// example guessed), so that the JSON binds and the validators see the text fields.
    /// </summary>
    private static async Task<JsonObject> BindingBodyAsync(HttpClient client, string method, string url, JsonObject body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        using var response = await client.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            foreach (var field in ErrorFieldsOf(await response.Content.ReadAsStringAsync()))
            {
                var property = field.Split('[', '.')[0];
                if (!IsFreeText(body[property]))
                {
                    body.Remove(property);
                }
            }
        }

        return body;
    }

    /// <summary>The plausible body without the fields it could not fill (null, or a list of nulls), so that the JSON binds and the validators run.</summary>
    private static JsonObject WithoutNulls(JsonObject body)
    {
        foreach (var (property, value) in body.ToList())
        {
            if (value is null || value is JsonArray array && array.Any(item => item is null))
            {
                body.Remove(property);
            }
        }

        return body;
    }

    private static IReadOnlyList<string> ErrorFieldsOf(string problem)
    {
        using var json = JsonDocument.Parse(problem);
        return json.RootElement.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateObject().Select(e => e.Name)] : [];
    }
}
