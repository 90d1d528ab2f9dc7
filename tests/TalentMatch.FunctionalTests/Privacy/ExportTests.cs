using System.Net;
using TalentMatch.Domain.Common;

namespace TalentMatch.FunctionalTests.Privacy;

public sealed class ExportTests : PrivacyTest
{
    [Test]
    public async Task Export_ByThePerson_HoldsEverythingAboutThem()
    {
        var person = await WritePersonEverywhereAsync();

        var response = await person.Client.GetAsync($"/api/v1/profiles/{person.ProfileId}/export");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var export = await response.JsonAsync();
        var profile = export.GetProperty("profile");
        profile.GetProperty("displayName").GetString().ShouldBe(Name);
        profile.GetProperty("email").GetString().ShouldBe(Email);
        profile.GetProperty("competences")[0].GetProperty("note").GetString().ShouldBe($"Heftruck bij {Name}");
        export.GetProperty("coachHistory").EnumerateArray().ShouldContain(a => a.GetProperty("coachUserId").GetGuid() == CoachId);
        var match = export.GetProperty("matches").EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == person.MatchId);
        export.GetProperty("matches").GetArrayLength().ShouldBe(2);
        match.GetProperty("state").GetString().ShouldBe("placed");
        match.GetProperty("history").GetArrayLength().ShouldBeGreaterThanOrEqualTo(4);
        match.TryGetProperty("explanation", out _).ShouldBeTrue();
        match.TryGetProperty("consentGivenAt", out _).ShouldBeTrue();
        export.GetProperty("checkIns").EnumerateArray().ShouldContain(c => c.GetProperty("id").GetGuid() == person.CheckInId && c.GetProperty("notes").GetString()!.Contains(Name));
        export.GetProperty("escalations").EnumerateArray().ShouldHaveSingleItem().GetProperty("id").GetGuid().ShouldBe(person.EscalationId);
        export.GetProperty("volunteerHours").EnumerateArray().ShouldHaveSingleItem().GetProperty("id").GetGuid().ShouldBe(person.HoursId);
        export.GetProperty("notifications").EnumerateArray().ShouldContain(n => n.GetProperty("subjectId").GetGuid() == person.EscalationId);
        var wallet = export.GetProperty("wallet");
        wallet.GetProperty("balance").GetInt64().ShouldBe(5);
        wallet.GetProperty("entries").EnumerateArray().ShouldContain(e => e.GetProperty("transactionId").GetGuid() == person.CoinTransactionId && e.GetProperty("reason").GetString() == $"Voor {Name}");
        export.GetProperty("accessLog").EnumerateArray().ShouldContain(e => e.GetProperty("readerUserId").GetGuid() == MatchmakerId);
        person.Client.Dispose();
    }

    [Test]
    public async Task Export_ByAnAdmin_NeedsTheGround_AndIsInTheAccessLog()
    {
        var person = await WritePersonEverywhereAsync();

        (await (await Admin.GetAsync($"/api/v1/profiles/{person.ProfileId}/export")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldContain("reason");
        await (await Admin.GetAsync($"/api/v1/profiles/{person.ProfileId}/export?reason=personAsked")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var log = await (await person.Client.GetAsync($"/api/v1/profiles/{person.ProfileId}/access-log")).JsonAsync();
        var export = log.GetProperty("items").EnumerateArray().First();
        export.GetProperty("record").GetString().ShouldBe("export");
        export.GetProperty("readerRole").GetString().ShouldBe("Admin");
        export.GetProperty("reason").GetString().ShouldBe("personAsked");
        person.Client.Dispose();
    }

    [Test]
    public async Task Export_ByAnotherPersonOrStaff_Returns403()
    {
        var person = await WritePersonEverywhereAsync();
        using var stranger = await Testing.AsAsync(Roles.JobSeeker);

        await (await stranger.GetAsync($"/api/v1/profiles/{person.ProfileId}/export")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await Matchmaker.GetAsync($"/api/v1/profiles/{person.ProfileId}/export")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        person.Client.Dispose();
    }
}
