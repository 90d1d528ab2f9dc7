using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.MatchingTestData;

namespace TalentMatch.FunctionalTests.Matchmaking;

/// <summary>
/// What an employer sees of the person on a match, on every response that carries one: nothing
/// before the person accepts, only the fields they agreed to after, nothing again once they withdraw.
/// </summary>
public sealed class EmployerViewTests : MatchmakingTest
{
    private const string ProposalReason = "Samira was a warehouse worker in Aleppo.";

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["name"] = "displayName",
        ["email"] = "email",
        ["phone"] = "phone",
        ["postcode"] = "postcode",
    };

    private HttpClient _employer = null!;

    [SetUp]
    public async Task SignInEmployerAsync() => _employer = await ClientAsync(Roles.Employer, OrganisationId);

    [Test]
    public async Task BeforeAcceptance_EmployerSeesOnlyProfileIdAndDistrict()
    {
        var (_, _, profile) = await OwnedProfileAsync();
        var match = await CreateMatchAsync(profile);
        await MoveAsync(Matchmaker, match.Id(), new { to = "proposed", reason = ProposalReason });

        await ShouldSeeAsync(match.Id(), profile, []);
    }

    [Test]
    public async Task AfterAcceptance_EmployerSeesOnlyTheFieldsThePersonAgreedTo()
    {
        var (person, profile, match) = await AcceptedAsync(["name", "email"]);

        await ShouldSeeAsync(match, profile, ["name", "email"]);

        await WalkAsync(match, person, "introduced", "placed");
        await ShouldSeeAsync(match, profile, ["name", "email"]);
    }

    [Test]
    public async Task AfterAcceptanceWithoutAChoice_EmployerSeesEveryContactField()
    {
        var (_, profile, match) = await AcceptedAsync(null);

        await ShouldSeeAsync(match, profile, ["name", "email", "phone", "postcode"]);
    }

    [Test]
    public async Task AfterConsentWithdrawn_EmployerSeesThePersonAnonymisedAgain()
    {
        var (person, profile, match) = await AcceptedAsync(null);
        await ShouldSeeAsync(match, profile, ["name", "email", "phone", "postcode"]);

        var withdrawn = await person.PostAsJsonAsync($"/api/v1/matches/{match}/consent/withdraw", new { reason = "I found work myself." });

        await withdrawn.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await withdrawn.JsonAsync()).GetProperty("person").GetProperty("displayName").GetString().ShouldBe(PersonName);
        var (raw, _) = await ShouldSeeAsync(match, profile, []);
        raw.ShouldNotContain("I found work myself.");
    }

    [Test]
    public async Task VolunteeringDone_ByTheEmployer_AnswersWithOnlyTheAgreedFields()
    {
        var (_, profile, match) = await AcceptedAsync(["phone"], volunteering: true);

        var response = await TransitionAsync(_employer, match, new { to = "done" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        ShouldShow(await response.Content.ReadAsStringAsync(), profile, ["phone"]);
        await ShouldSeeAsync(match, profile, ["phone"]);
    }

    [Test]
    public async Task VolunteeringDone_ByTheEmployerAfterConsentWithdrawn_AnswersAnonymised()
    {
        var (person, profile, match) = await AcceptedAsync(null, volunteering: true);
        await (await person.PostAsJsonAsync($"/api/v1/matches/{match}/consent/withdraw", new { })).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var response = await TransitionAsync(_employer, match, new { to = "done" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        ShouldShow(await response.Content.ReadAsStringAsync(), profile, []);
        await ShouldSeeAsync(match, profile, []);
    }

    [Test]
    public async Task StaffWhoWorkWithPeopleAndThePerson_SeeEveryFieldWhateverTheConsent()
    {
        var (person, profile, match) = await AcceptedAsync([]);

        foreach (var client in new[] { Matchmaker, person })
        {
            var seen = (await GetMatchAsync(client, match)).GetProperty("person");
            seen.GetProperty("displayName").GetString().ShouldBe(PersonName);
            seen.GetProperty("email").GetString().ShouldBe(PersonEmail);
            seen.GetProperty("phone").GetString().ShouldBe(PersonPhone);
            seen.GetProperty("postcode").GetString().ShouldBe(PersonPostcode);
        }

        await ShouldSeeAsync(match, profile, []);
    }

    [Test]
    public async Task JobHunter_SeesOfThePersonWhatTheProfileRuleAllows_TheDistrictAndWhatTheyDisclosed()
    {
        var (_, profile, match) = await AcceptedAsync(["email"]);
        var jobHunter = await ClientAsync(Roles.JobHunter);

        await (await jobHunter.GetAsync($"/api/v1/profiles/{profile}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var seen = (await GetMatchAsync(jobHunter, match)).GetProperty("person");
        seen.GetProperty("displayName").ValueKind.ShouldBe(JsonValueKind.Null);
        seen.GetProperty("email").GetString().ShouldBe(PersonEmail);
        seen.GetProperty("phone").ValueKind.ShouldBe(JsonValueKind.Null);
        seen.GetProperty("postcode").ValueKind.ShouldBe(JsonValueKind.Null);
        seen.GetProperty("district").GetString().ShouldBe(PersonDistrict);
        var listed = (await jobHunter.ListAsync("/api/v1/matches")).GetProperty("items").EnumerateArray().Single(m => m.Id() == match).GetProperty("person");
        listed.GetRawText().ShouldBe(seen.GetRawText());

        var ranked = await jobHunter.ListAsync($"/api/v1/vacancies/{VacancyId}/matches");
        var candidate = ranked.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("profileId").GetGuid() == profile);
        candidate.GetProperty("candidate").GetProperty("displayName").ValueKind.ShouldBe(JsonValueKind.Null);
        candidate.GetProperty("distanceKm").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    /// <summary>
    /// A person with an account, proposed (with a reason the employer must not see) for the vacancy
    /// or an organisation's volunteer request, who accepted disclosing <paramref name="disclose"/> (all when null).
    /// </summary>
    private async Task<(HttpClient Person, Guid ProfileId, Guid MatchId)> AcceptedAsync(string[]? disclose, bool volunteering = false)
    {
        var (_, person, profile) = await OwnedProfileAsync();
        var match = volunteering
            ? await CreateMatchAsync(profile, volunteerRequestId: await CreateVolunteerRequestAsync(OpportunityStatus.Open, [Required(Forklift)], OrganisationId))
            : await CreateMatchAsync(profile);
        await MoveAsync(Matchmaker, match.Id(), new { to = volunteering ? "offered" : "proposed", reason = ProposalReason });
        await MoveAsync(person, match.Id(), disclose is null ? (object)new { to = "accepted" } : new { to = "accepted", disclose });
        return (person, profile, match.Id());
    }

    /// <summary>The employer's list and single view of the match both show exactly <paramref name="disclosed"/> (and the district), and no reasons or who moved it.</summary>
    private async Task<(string Raw, JsonElement Match)> ShouldSeeAsync(Guid matchId, Guid profileId, string[] disclosed)
    {
        var list = await _employer.GetAsync("/api/v1/matches");
        await list.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var listRaw = await list.Content.ReadAsStringAsync();
        var item = JsonDocument.Parse(listRaw).RootElement.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        item.Id().ShouldBe(matchId);
        ShouldShow(listRaw, profileId, disclosed);

        var single = await _employer.GetAsync($"/api/v1/matches/{matchId}");
        await single.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var raw = await single.Content.ReadAsStringAsync();
        ShouldShow(raw, profileId, disclosed);
        return (raw, JsonDocument.Parse(raw).RootElement);
    }

    private static void ShouldShow(string raw, Guid profileId, string[] disclosed)
    {
        var root = JsonDocument.Parse(raw).RootElement;
        var matches = root.TryGetProperty("items", out var items) ? items.EnumerateArray().ToList() : [root];
        foreach (var match in matches)
        {
            var person = match.GetProperty("person");
            person.GetProperty("profileId").GetGuid().ShouldBe(profileId);
            person.GetProperty("district").GetString().ShouldBe(PersonDistrict);
            foreach (var (field, property) in Fields)
            {
                var shown = person.GetProperty(property);
                if (disclosed.Contains(field))
                {
                    shown.ValueKind.ShouldBe(JsonValueKind.String, field);
                }
                else
                {
                    shown.ValueKind.ShouldBe(JsonValueKind.Null, field);
                }
            }

            match.GetProperty("reason").ValueKind.ShouldBe(JsonValueKind.Null);
            match.GetProperty("history").EnumerateArray().ShouldAllBe(t =>
                t.GetProperty("reason").ValueKind == JsonValueKind.Null && t.GetProperty("byUserId").ValueKind == JsonValueKind.Null);
        }

        // Nothing undisclosed appears anywhere else in the response either (the explanation included).
        var texts = Texts(root).ToList();
        string[] hidden =
        [
            ProposalReason,
            "Answered by phone",
            .. disclosed.Contains("name") ? Array.Empty<string>() : [PersonName],
            .. disclosed.Contains("email") ? Array.Empty<string>() : [PersonEmail],
            .. disclosed.Contains("phone") ? Array.Empty<string>() : [PersonPhone],
        ];
        foreach (var secret in hidden)
        {
            texts.ShouldNotContain(t => t.Contains(secret), secret);
        }

        // A postcode is four digits that may well occur inside an id: only a value of its own counts.
        if (!disclosed.Contains("postcode"))
        {
            texts.ShouldNotContain(PersonPostcode);
        }
    }

    /// <summary>Every string value in the JSON, unescaped.</summary>
    private static IEnumerable<string> Texts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Texts(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Texts),
        _ => [],
    };
}
