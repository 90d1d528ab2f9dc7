using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Profiles;
using static TalentMatch.FunctionalTests.Infrastructure.OpportunityTestData;

namespace TalentMatch.FunctionalTests.Volunteering;

/// <summary>A volunteer offers help on a neighbour's request; the neighbour who asked confirms the hours, which earns coins.</summary>
public sealed class OfferHelpTests : FunctionalTest
{
    private static readonly DateOnly Yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

    private HttpClient _admin = null!;
    private Guid _competenceId;
    private Person _asker = null!;
    private Person _volunteer = null!;
    private Guid _request;

    [SetUp]
    public async Task ArrangeAsync()
    {
        _admin = await Testing.AsAdminAsync();
        _competenceId = await CompetenceIdAsync(_admin, "customer service");
        _asker = await PersonAsync("Lutgarde");
        _volunteer = await PersonAsync("Amina");
        _request = await AskAsync(_asker.Client, "open");
    }

    [TearDown]
    public void DisposeClients()
    {
        _admin.Dispose();
        _asker.Client.Dispose();
        _volunteer.Client.Dispose();
    }

    [Test]
    public async Task Offer_OnNeighboursOpenRequest_Returns201AcceptedMatchForTheirOwnProfile()
    {
        var response = await _volunteer.Client.PostAsync(OffersUrl(_request), null);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var match = await response.JsonAsync();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/matches/{match.Id()}");
        response.Headers.ETag.ShouldNotBeNull();
        match.GetProperty("state").GetString().ShouldBe("accepted");
        match.GetProperty("kind").GetString().ShouldBe("volunteering");
        match.GetProperty("opportunityId").GetGuid().ShouldBe(_request);
        match.GetProperty("person").GetProperty("profileId").GetGuid().ShouldBe(_volunteer.ProfileId);
    }

    [Test]
    public async Task OfferThenLog_TheNeighbourWhoAskedSeesAndConfirmsTheHours_AndTheVolunteerEarnsCoins()
    {
        await (await _volunteer.Client.PostAsync(OffersUrl(_request), null)).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var entry = (await _volunteer.Client.CreateAsync(HoursUrl(_request), HoursBody(_volunteer.ProfileId, 2))).Id();

        (await _asker.Client.TotalAsync(HoursUrl(_request))).ShouldBe(1);
        var confirmed = await _asker.Client.PostAsync($"{HoursUrl(_request)}/{entry}/confirm", null);

        await confirmed.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await confirmed.JsonAsync()).GetProperty("confirmedByUserId").GetGuid().ShouldBe(_asker.UserId);
        var wallet = await (await _volunteer.Client.GetAsync($"/api/v1/coins/wallets/{_volunteer.ProfileId}")).JsonAsync();
        wallet.GetProperty("balance").GetInt64().ShouldBe(2);
    }

    [Test]
    public async Task Confirm_NeighboursRequest_AsAnotherJobSeeker_Returns403()
    {
        await (await _volunteer.Client.PostAsync(OffersUrl(_request), null)).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var entry = (await _volunteer.Client.CreateAsync(HoursUrl(_request), HoursBody(_volunteer.ProfileId, 2))).Id();
        var stranger = await PersonAsync("Jef");
        using var _ = stranger.Client;

        var response = await stranger.Client.PostAsync($"{HoursUrl(_request)}/{entry}/confirm", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await stranger.Client.TotalAsync(HoursUrl(_request))).ShouldBe(0);
    }

    [Test]
    public async Task Offer_Twice_Returns409NamingTheOpenMatch()
    {
        var first = await (await _volunteer.Client.PostAsync(OffersUrl(_request), null)).JsonAsync();

        var again = await _volunteer.Client.PostAsync(OffersUrl(_request), null);

        var problem = await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("existingMatchId").GetGuid().ShouldBe(first.Id());
    }

    [Test]
    public async Task Offer_OnTheirOwnRequest_Returns409()
    {
        var response = await _asker.Client.PostAsync(OffersUrl(_request), null);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Offer_OnAnOrganisationsRequest_Returns409()
    {
        var organisationId = await CreateOrganisationAsync(_admin, "Buurthuis De Schakel", "2140");
        var request = (await _admin.CreateAsync("/api/v1/volunteer-requests", VolunteerRequestBody(_competenceId, organisationId, "Onthaal buurthuis", "open"))).Id();

        var response = await _volunteer.Client.PostAsync(OffersUrl(request), null);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Offer_OnSomeoneElsesDraft_OrAnUnknownRequest_Returns404()
    {
        var draft = await AskAsync(_asker.Client, "draft");

        await (await _volunteer.Client.PostAsync(OffersUrl(draft), null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _volunteer.Client.PostAsync(OffersUrl(Guid.NewGuid()), null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Offer_WithoutAProfile_Returns404()
    {
        var account = await Testing.CreateAccountAsync(Roles.JobSeeker);
        using var client = await Testing.SignedInAsync(account.Email, account.Password);

        var response = await client.PostAsync(OffersUrl(_request), null);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Offer_AsMatchmaker_Returns403()
    {
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);

        var response = await matchmaker.PostAsync(OffersUrl(_request), null);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private static string OffersUrl(Guid requestId) => $"/api/v1/volunteer-requests/{requestId}/offers";

    private static string HoursUrl(Guid requestId) => $"/api/v1/volunteer-requests/{requestId}/hours";

    private static JsonObject HoursBody(Guid profileId, double hours) => new()
    {
        ["profileId"] = profileId.ToString(),
        ["date"] = Yesterday.ToString("yyyy-MM-dd"),
        ["hours"] = hours,
    };

    /// <summary>The person asks the neighbourhood for help themself (a request marked neighbourhood, without organisation).</summary>
    private async Task<Guid> AskAsync(HttpClient client, string status)
    {
        var body = VolunteerRequestBody(_competenceId, title: "Gordijnen ophangen", status: status);
        body["neighbourhood"] = true;
        return (await client.CreateAsync("/api/v1/volunteer-requests", body)).Id();
    }

    /// <summary>A job seeker with their own profile.</summary>
    private async Task<Person> PersonAsync(string name)
    {
        var account = await Testing.CreateAccountAsync(Roles.JobSeeker);
        var client = await Testing.SignedInAsync(account.Email, account.Password);
        return new Person(client, account.Id, await ProfilesTests.CreateAsync(client, ProfilesTests.Body(_competenceId, name)));
    }

    private sealed record Person(HttpClient Client, Guid UserId, Guid ProfileId);
}
