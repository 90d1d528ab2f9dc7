using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.FunctionalTests.Infrastructure;
using TalentMatch.FunctionalTests.Profiles;
using static TalentMatch.FunctionalTests.Infrastructure.MatchmakingTestData;
using static TalentMatch.FunctionalTests.Infrastructure.OpportunityTestData;

namespace TalentMatch.FunctionalTests.Volunteering;

/// <summary>Volunteer hours over HTTP; the volunteering matches are written through the domain (see <see cref="MatchmakingTestData"/>).</summary>
public sealed class VolunteerHoursTests : FunctionalTest
{
    private static readonly DateOnly Yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

    private HttpClient _admin = null!;
    private HttpClient _volunteer = null!;
    private Guid _volunteerUserId;
    private Guid _organisationId;
    private Guid _competenceId;
    private Guid _organisationRequest;
    private Guid _neighbourRequest;
    private Guid _profileId;

    [SetUp]
    public async Task ArrangeAsync()
    {
        _admin = await Testing.AsAdminAsync();
        _organisationId = await CreateOrganisationAsync(_admin, "Buurthuis De Schakel", "2140");
        _competenceId = await CompetenceIdAsync(_admin, "customer service");
        _organisationRequest = (await _admin.CreateAsync("/api/v1/volunteer-requests", VolunteerRequestBody(_competenceId, _organisationId, "Onthaal buurthuis", "open"))).Id();
        _neighbourRequest = (await _admin.CreateAsync("/api/v1/volunteer-requests", VolunteerRequestBody(_competenceId, title: "Boodschappen doen", status: "open"))).Id();
        (_volunteer, _volunteerUserId, _profileId) = await VolunteerAsync("Amina");
    }

    [TearDown]
    public void DisposeClients()
    {
        _admin.Dispose();
        _volunteer.Dispose();
    }

    [Test]
    public async Task Log_AsVolunteerWithAcceptedMatch_Returns201WithTheEntry()
    {
        await AddMatchInStateAsync(_profileId, _organisationRequest, MatchState.Accepted);

        var response = await _volunteer.SendJsonAsync(HttpMethod.Post, HoursUrl(_organisationRequest), Body(Yesterday, 2.5));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var entry = await response.JsonAsync();
        entry.GetProperty("volunteerRequestId").GetGuid().ShouldBe(_organisationRequest);
        entry.GetProperty("profileId").GetGuid().ShouldBe(_profileId);
        entry.GetProperty("date").GetString().ShouldBe(Yesterday.ToString("yyyy-MM-dd"));
        entry.GetProperty("hours").GetDouble().ShouldBe(2.5);
        entry.GetProperty("confirmed").GetBoolean().ShouldBeFalse();
        entry.GetProperty("loggedByUserId").GetGuid().ShouldBe(_volunteerUserId);
        entry.GetProperty("confirmedAt").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Test]
    public async Task Log_AsMatchmakerWhenMatchIsDone_Returns201LoggedByTheMatchmaker()
    {
        await AddMatchInStateAsync(_profileId, _neighbourRequest, MatchState.Done);
        var matchmaker = await Testing.CreateAccountAsync(Roles.Matchmaker);
        using var client = await Testing.SignedInAsync(matchmaker.Email, matchmaker.Password);

        var entry = await client.CreateAsync(HoursUrl(_neighbourRequest), Body(Yesterday, 3));

        entry.GetProperty("loggedByUserId").GetGuid().ShouldBe(matchmaker.Id);
    }

    [TestCase(MatchState.Offered)]
    [TestCase(null)]
    public async Task Log_WhenNoAcceptedMatch_Returns409AndLogsNothing(MatchState? state)
    {
        if (state is { } offered)
        {
            await AddMatchInStateAsync(_profileId, _organisationRequest, offered);
        }

        var response = await _volunteer.SendJsonAsync(HttpMethod.Post, HoursUrl(_organisationRequest), Body(Yesterday, 2));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await _admin.TotalAsync(HoursUrl(_organisationRequest))).ShouldBe(0);
    }

    [Test]
    public async Task Log_SameDayTwice_Returns409AndKeepsOneEntry()
    {
        await AddMatchInStateAsync(_profileId, _organisationRequest, MatchState.Accepted);
        await _volunteer.CreateAsync(HoursUrl(_organisationRequest), Body(Yesterday, 2));

        var again = await _volunteer.SendJsonAsync(HttpMethod.Post, HoursUrl(_organisationRequest), Body(Yesterday, 1));

        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await _admin.TotalAsync(HoursUrl(_organisationRequest))).ShouldBe(1);
    }

    private static IEnumerable<TestCaseData> BadBodies() => new[]
    {
        BadInput.Change("no hours", b => b["hours"] = 0, "hours"),
        BadInput.Change("negative hours", b => b["hours"] = -1, "hours"),
        BadInput.Change("more than a day", b => b["hours"] = 24.5, "hours"),
        BadInput.Change("hours as text", b => b["hours"] = "two", "hours"),
        BadInput.Change("a day to come", b => b["date"] = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd"), "date"),
        BadInput.Change("no date", b => b.Remove("date"), "date"),
        BadInput.Change("date not a date", b => b["date"] = "31-02-2025", "date"),
        BadInput.Change("no profile", b => b.Remove("profileId"), "profileId"),
        BadInput.Change("unknown profile", b => b["profileId"] = Guid.NewGuid().ToString(), "profileId"),
        BadInput.Malformed,
    }.Select(BadInput.Case);

    [TestCaseSource(nameof(BadBodies))]
    public async Task Log_WhenInputIsBad_Returns400NamingTheField(BadInput input)
    {
        await AddMatchInStateAsync(_profileId, _organisationRequest, MatchState.Accepted);

        await _admin.ShouldRejectAsync(input, HttpMethod.Post, HoursUrl(_organisationRequest), Body(Yesterday, 2), HoursUrl(_organisationRequest));
    }

    [Test]
    public async Task Log_ForSomeoneElsesProfileAsJobSeeker_Returns403()
    {
        await AddMatchInStateAsync(_profileId, _organisationRequest, MatchState.Accepted);
        var (other, _, _) = await VolunteerAsync("Other");
        using var _ = other;

        var response = await other.SendJsonAsync(HttpMethod.Post, HoursUrl(_organisationRequest), Body(Yesterday, 2));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [TestCase(Roles.TalentScout)]
    [TestCase(Roles.JobHunter)]
    public async Task Log_AsRoleThatDoesNotLogHours_Returns403(string role)
    {
        await AddMatchInStateAsync(_profileId, _organisationRequest, MatchState.Accepted);
        using var client = await Testing.AsAsync(role);

        var response = await client.SendJsonAsync(HttpMethod.Post, HoursUrl(_organisationRequest), Body(Yesterday, 2));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Log_OnUnknownRequest_Returns404()
    {
        var response = await _volunteer.SendJsonAsync(HttpMethod.Post, HoursUrl(Guid.NewGuid()), Body(Yesterday, 2));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task List_AsStaffOrRequestingEmployer_SeesEveryEntry_AndAVolunteerOnlyTheirOwn()
    {
        var (second, _, secondProfile) = await VolunteerAsync("Bram");
        using var _ = second;
        await AddMatchInStateAsync(_profileId, _organisationRequest, MatchState.Accepted);
        await AddMatchInStateAsync(secondProfile, _organisationRequest, MatchState.Accepted);
        await _volunteer.CreateAsync(HoursUrl(_organisationRequest), Body(Yesterday.AddDays(-1), 2));
        await _volunteer.CreateAsync(HoursUrl(_organisationRequest), Body(Yesterday, 3));
        await second.CreateAsync(HoursUrl(_organisationRequest), Body(Yesterday, 4, secondProfile));
        using var employer = await Testing.AsAsync(Roles.Employer, _organisationId);
        using var coach = await Testing.AsAsync(Roles.Coach);

        var asAdmin = await _admin.ListAsync(HoursUrl(_organisationRequest));
        var asEmployer = await employer.ListAsync(HoursUrl(_organisationRequest));
        var asCoach = await coach.ListAsync(HoursUrl(_organisationRequest));
        var asVolunteer = await _volunteer.ListAsync(HoursUrl(_organisationRequest));

        asAdmin.GetProperty("total").GetInt32().ShouldBe(3);
        asEmployer.GetProperty("total").GetInt32().ShouldBe(3);
        asCoach.GetProperty("total").GetInt32().ShouldBe(3);
        asVolunteer.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("hours").GetDouble()).ShouldBe([3, 2]);
        asVolunteer.GetProperty("items").EnumerateArray().ShouldAllBe(e => e.GetProperty("profileId").GetGuid() == _profileId);
    }

    [Test]
    public async Task List_AsEmployerOfAnotherOrganisation_Returns403()
    {
        var otherOrganisation = await CreateOrganisationAsync(_admin, "Elders", "2000");
        using var employer = await Testing.AsAsync(Roles.Employer, otherOrganisation);

        var response = await employer.GetAsync(HoursUrl(_organisationRequest));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Confirm_AsEmployerOfTheOrganisation_Returns200WithWhoAndWhen_AndTwice409()
    {
        var entryId = await LoggedAsync(_organisationRequest, 2);
        var employerAccount = await Testing.CreateAccountAsync(Roles.Employer, _organisationId);
        using var employer = await Testing.SignedInAsync(employerAccount.Email, employerAccount.Password);

        var response = await employer.PostAsync(ConfirmUrl(_organisationRequest, entryId), null);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var confirmed = await response.JsonAsync();
        confirmed.GetProperty("confirmed").GetBoolean().ShouldBeTrue();
        confirmed.GetProperty("confirmedByUserId").GetGuid().ShouldBe(employerAccount.Id);
        confirmed.GetProperty("confirmedAt").GetDateTime().ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-5));
        await (await employer.PostAsync(ConfirmUrl(_organisationRequest, entryId), null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Confirm_ManyAtOnce_ConfirmsOnce_TheOthersGet409()
    {
        var entryId = await LoggedAsync(_organisationRequest, 2);
        using var employer = await Testing.AsAsync(Roles.Employer, _organisationId);

        var answers = await Task.WhenAll(Enumerable.Range(1, 6).Select(_ => employer.PostAsync(ConfirmUrl(_organisationRequest, entryId), null)));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(5);
    }

    [Test]
    public async Task Confirm_NeighboursRequest_AsMatchmaker_Returns200_AndAsEmployer403()
    {
        var entryId = await LoggedAsync(_neighbourRequest, 2);
        using var employer = await Testing.AsAsync(Roles.Employer, _organisationId);
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);

        await (await employer.PostAsync(ConfirmUrl(_neighbourRequest, entryId), null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var response = await matchmaker.PostAsync(ConfirmUrl(_neighbourRequest, entryId), null);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task Confirm_OrganisationsRequest_AsMatchmaker_Returns403()
    {
        var entryId = await LoggedAsync(_organisationRequest, 2);
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);

        var response = await matchmaker.PostAsync(ConfirmUrl(_organisationRequest, entryId), null);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Confirm_HoursTheMatchmakerLoggedThemself_Returns403_AndAnotherMatchmakerConfirms()
    {
        await AddMatchInStateAsync(_profileId, _neighbourRequest, MatchState.Accepted);
        using var logger = await Testing.AsAsync(Roles.Matchmaker);
        var entryId = (await logger.CreateAsync(HoursUrl(_neighbourRequest), Body(Yesterday, 2))).Id();
        using var colleague = await Testing.AsAsync(Roles.Matchmaker);

        await (await logger.PostAsync(ConfirmUrl(_neighbourRequest, entryId), null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var response = await colleague.PostAsync(ConfirmUrl(_neighbourRequest, entryId), null);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task Confirm_EntryOfAnotherRequest_Returns404()
    {
        var entryId = await LoggedAsync(_neighbourRequest, 2);
        using var employer = await Testing.AsAsync(Roles.Employer, _organisationId);

        var response = await employer.PostAsync(ConfirmUrl(_organisationRequest, entryId), null);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Summary_ReturnsConfirmedAndPendingHours_InTotalAndPerRequest()
    {
        var early = Yesterday.AddDays(-2);
        var confirmedEntry = await LoggedAsync(_organisationRequest, 3, early);
        await _volunteer.CreateAsync(HoursUrl(_organisationRequest), Body(Yesterday, 2));
        await LoggedAsync(_neighbourRequest, 1.5, early);
        using var employer = await Testing.AsAsync(Roles.Employer, _organisationId);
        await (await employer.PostAsync(ConfirmUrl(_organisationRequest, confirmedEntry), null)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var all = await _volunteer.ListAsync(SummaryUrl(_profileId));
        var lastDay = await _admin.ListAsync(SummaryUrl(_profileId) + $"?from={Yesterday:yyyy-MM-dd}&to={Yesterday:yyyy-MM-dd}");

        all.GetProperty("confirmedHours").GetDouble().ShouldBe(3);
        all.GetProperty("pendingHours").GetDouble().ShouldBe(3.5);
        var perRequest = all.GetProperty("requests").EnumerateArray()
            .Select(r => (r.GetProperty("title").GetString(), r.GetProperty("confirmedHours").GetDouble(), r.GetProperty("pendingHours").GetDouble()))
            .ToList();
        perRequest.ShouldBe([("Boodschappen doen", 0d, 1.5d), ("Onthaal buurthuis", 3d, 2d)]);
        all.GetProperty("requests")[1].GetProperty("volunteerRequestId").GetGuid().ShouldBe(_organisationRequest);
        lastDay.GetProperty("confirmedHours").GetDouble().ShouldBe(0);
        lastDay.GetProperty("pendingHours").GetDouble().ShouldBe(2);
        lastDay.GetProperty("requests").GetArrayLength().ShouldBe(1);
    }

    [Test]
    public async Task Summary_WhenFromAfterTo_Returns400NamingTo()
    {
        var response = await _volunteer.GetAsync(SummaryUrl(_profileId) + "?from=2025-03-02&to=2025-03-01");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorFields().ShouldBe(["to"]);
    }

    [Test]
    public async Task Summary_OfAnotherPerson_AsJobSeeker_Returns403_AndOfNobody404()
    {
        var (other, _, _) = await VolunteerAsync("Other");
        using var _ = other;

        await (await other.GetAsync(SummaryUrl(_profileId))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _admin.GetAsync(SummaryUrl(Guid.NewGuid()))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static string HoursUrl(Guid requestId) => $"/api/v1/volunteer-requests/{requestId}/hours";

    private static string ConfirmUrl(Guid requestId, Guid entryId) => $"{HoursUrl(requestId)}/{entryId}/confirm";

    private static string SummaryUrl(Guid profileId) => $"/api/v1/profiles/{profileId}/volunteer-hours";

    private JsonObject Body(DateOnly date, double hours, Guid? profileId = null) => new()
    {
        ["profileId"] = (profileId ?? _profileId).ToString(),
        ["date"] = date.ToString("yyyy-MM-dd"),
        ["hours"] = hours,
    };

    /// <summary>The volunteer, with an accepted match on the request, logs hours; returns the entry id.</summary>
    private async Task<Guid> LoggedAsync(Guid requestId, double hours, DateOnly? date = null)
    {
        var alreadyMatched = await WithDbAsync(null, db => Task.FromResult(db.Matches.Any(m => m.ProfileId == _profileId && m.OpportunityId == requestId)));
        if (!alreadyMatched)
        {
            await AddMatchInStateAsync(_profileId, requestId, MatchState.Accepted);
        }

        return (await _volunteer.CreateAsync(HoursUrl(requestId), Body(date ?? Yesterday, hours))).Id();
    }

    /// <summary>A job seeker with their own profile.</summary>
    private async Task<(HttpClient Client, Guid UserId, Guid ProfileId)> VolunteerAsync(string name)
    {
        var account = await Testing.CreateAccountAsync(Roles.JobSeeker);
        var client = await Testing.SignedInAsync(account.Email, account.Password);
        return (client, account.Id, await ProfilesTests.CreateAsync(client, ProfilesTests.Body(_competenceId, name)));
    }
}
