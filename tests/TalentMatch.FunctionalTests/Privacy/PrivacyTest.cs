using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Opportunities;
using TalentMatch.FunctionalTests.Aftercare;
using TalentMatch.FunctionalTests.Catalogue;
using TalentMatch.FunctionalTests.Infrastructure;

namespace TalentMatch.FunctionalTests.Privacy;

/// <summary>
/// A person who owns their profile, with distinctive values everywhere: a coach, a placement with
/// a check-in (notes) that raised an escalation, volunteer hours, coins awarded with a reason, and
/// staff who read their records.
/// </summary>
public abstract class PrivacyTest : AftercareTest
{
    protected const string Name = "Quintessa Zorrowitz";
    protected const string Email = "quintessa.zorrowitz@example.test";
    protected const string Phone = "+32 489 77 66 55";

    /// <summary>Everything written about the person, with the ids it got.</summary>
    protected sealed record WrittenPerson(
        Guid ProfileId, Guid UserId, HttpClient Client, Guid MatchId, Guid CheckInId, Guid EscalationId, Guid HoursId, Guid CoinTransactionId, Guid VolunteerRequestId);

    protected async Task<WrittenPerson> WritePersonEverywhereAsync()
    {
        var account = await Testing.CreateAccountAsync(Roles.JobSeeker);
        var person = await Testing.SignedInAsync(account.Email, account.Password);
        var warehouse = await CatalogueData.OccupationIdAsync(CatalogueData.WarehouseWorker);
        var body = new JsonObject
        {
            ["displayName"] = Name,
            ["postcode"] = "2060",
            ["email"] = Email,
            ["phone"] = Phone,
            ["seeks"] = new JsonArray("job", "volunteering"),
            ["hoursPerWeek"] = 20,
            ["maxTravelKm"] = 10,
            ["competences"] = new JsonArray(new JsonObject { ["competenceId"] = Forklift.ToString(), ["level"] = 3, ["source"] = "work", ["evidence"] = "declared", ["note"] = $"Heftruck bij {Name}" }),
            ["languages"] = new JsonArray(new JsonObject { ["code"] = "nl", ["level"] = "B2" }),
            ["experiences"] = new JsonArray(new JsonObject { ["occupationId"] = warehouse.ToString(), ["years"] = 2, ["context"] = "work", ["title"] = $"Magazijnier bij Zorrowitz bvba" }),
            ["interests"] = new JsonArray("Zorrowitz tuin"),
            ["visibility"] = "matchable",
        };
        var profileId = (await person.CreateAsync("/api/v1/profiles", body)).GetProperty("profile").Id();

        await (await AssignCoachAsync(Admin, profileId, CoachId, $"{Name} vroeg om een coach")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var placement = await PlaceAsync(profileId, startedDaysAgo: 40);
        var checkIn = CheckInBody(wellbeing: 2, risk: "high");
        checkIn["notes"] = $"{Name} belde van {Phone}";
        checkIn["actions"] = $"Mailen naar {Email}";
        await (await RecordAsync(Coach, placement.First.Id, checkIn)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var escalations = await ItemsAsync(Matchmaker, "/api/v1/aftercare/escalations");
        var escalationId = escalations.Single(e => e.GetProperty("checkInId").GetGuid() == placement.First.Id).Id();
        await (await Matchmaker.PostAsJsonAsync($"/api/v1/aftercare/escalations/{escalationId}/resolve", new { resolution = $"Gesprek met {Name}" }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        var request = await MatchingTestData.CreateVolunteerRequestAsync(OpportunityStatus.Open, [MatchingTestData.Required(Forklift)]);
        await MatchmakingTestData.AddMatchInStateAsync(profileId, request, MatchState.Accepted);
        var hours = await person.CreateAsync($"/api/v1/volunteer-requests/{request}/hours", new JsonObject { ["profileId"] = profileId.ToString(), ["date"] = Today.AddDays(-1).ToString("yyyy-MM-dd"), ["hours"] = 2 });

        using var coordinator = await Testing.AsAsync(Roles.Coordinator);
        using var award = new HttpRequestMessage(HttpMethod.Post, "/api/v1/coins/awards") { Content = JsonContent.Create(new { profileId, amount = 5, reason = $"Voor {Name}" }) };
        award.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var awarded = await coordinator.SendAsync(award);
        await awarded.ShouldHaveStatusAsync(HttpStatusCode.Created);

        // Staff read the person's records: the access log gets entries.
        await (await Matchmaker.GetAsync($"/api/v1/profiles/{profileId}")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await Matchmaker.GetAsync($"/api/v1/matches/{placement.MatchId}")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await Coach.GetAsync($"/api/v1/aftercare/check-ins/{placement.First.Id}")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        return new WrittenPerson(profileId, account.Id, person, placement.MatchId, placement.First.Id, escalationId, hours.Id(), (await awarded.JsonAsync()).Id(), request);
    }
}
