using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Notifications;
using TalentMatch.Domain.Opportunities;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.MatchingTestData;
using static TalentMatch.FunctionalTests.Infrastructure.OpportunityTestData;

namespace TalentMatch.FunctionalTests.Api;

/// <summary>
/// The writes that act on something a person, coach or employer holds (a match, hours, a
/// notification, a reservation, a claim code) rather than on a resource they rewrite: every role ×
/// the caller's own or someone else's. As in <see cref="AuthorizationMatrixWriteTests"/>, which
/// roles get past authorization comes from the policy table (each operation's "Roles:" line in the
/// OpenAPI document) and which of them are held to their own is one column of <see cref="Writes"/>.
/// Each row arranges, per role, a fresh target and the move that role may make on it; the effect is
/// read back where it shows (as an admin, or for a notification as its recipient). A write that
/// succeeded took effect; a refused one left what is read back exactly as it was.
/// </summary>
public sealed class AuthorizationMatrixOwnershipTests : FunctionalTest
{
    private const string HowThePersonAsked = "De persoon belde de coach.";

    private static readonly HttpStatusCode[] ForbiddenOrNotFound = [HttpStatusCode.Forbidden, HttpStatusCode.NotFound];

    /// <summary>
    /// The writes and the roles held to their own: the person answers and withdraws consent on their
    /// own matches, logs their own hours, confirms hours on the request they asked, reads their own
    /// notifications, cancels their own reservations and claims only the profile the code was issued
    /// for; a coach answers and withdraws for, and records the outcome of, the people they coach
    /// (those without an account of their own); an employer marks done and confirms hours on their
    /// organisation's requests and redeems the codes of their own partner organisation's offers.
    /// A volunteer offers help only with their own profile (the request names none), so nobody is held
    /// there; not on their own request (409, <see cref="Volunteering.OfferHelpTests"/>).
    /// </summary>
    private static readonly OwnershipCase[] Writes =
    [
        new("POST", "/api/v1/matches/{id}/transitions", [Roles.JobSeeker, Roles.Coach, Roles.Employer], (w, role, own) => w.TransitionAsync(role, own)),
        new("POST", "/api/v1/matches/{id}/consent/withdraw", [Roles.JobSeeker, Roles.Coach], (w, role, own) => w.WithdrawConsentAsync(role, own)),
        new("PUT", "/api/v1/matches/{id}/outcome", [Roles.Coach], (w, role, own) => w.RecordOutcomeAsync(role, own)),
        new("POST", "/api/v1/volunteer-requests/{id}/offers", [], (w, role, _) => w.OfferHelpAsync(role)),
        new("POST", "/api/v1/volunteer-requests/{id}/hours", [Roles.JobSeeker], (w, role, own) => w.LogHoursAsync(role, own)),
        new("POST", "/api/v1/volunteer-requests/{id}/hours/{entryId}/confirm", [Roles.Employer, Roles.JobSeeker], (w, role, own) => w.ConfirmHoursAsync(role, own)),
        new("POST", "/api/v1/notifications/{id}/read", [.. Roles.All], (w, role, own) => w.MarkReadAsync(role, own)),
        new("POST", "/api/v1/coins/reservations/{id}/cancel", [Roles.JobSeeker], (w, role, own) => w.CancelReservationAsync(role, own)),
        new("POST", "/api/v1/coins/redemptions/{code}/redeem", [Roles.Employer], (w, role, own) => w.RedeemAsync(role, own)),
        // A code presented for another profile is not that profile's code: refused as a wrong code (409).
        new("POST", "/api/v1/profiles/{id}/claim", [Roles.JobSeeker], (w, role, own) => w.ClaimAsync(role, own), [HttpStatusCode.Conflict]),
    ];

    [Test]
    public async Task EveryOwnedWrite_ByEveryRole_OnTheirOwnAndAnothers_FollowsThePolicyTable()
    {
        await using var world = await World.ArrangeAsync();

        var wrong = await AuthorizationMatrix.WrongAsync(Writes, (write, role, own, expectation) => TryAsync(world, write, role, own, expectation));

        wrong.ShouldBeEmpty();
    }

    [Test]
    public async Task AClaimedProfile_IsNotClaimedAgain_AndStaysTheFirstPersons()
    {
        using var admin = await Testing.AsAdminAsync();
        var (forklift, _, _) = await ThreeUnrelatedCompetencesAsync();
        var profile = await CreateProfileAsync(admin, "Persoon zonder account", [Has(forklift)]);
        var code = await ClaimCodeAsync(admin, profile);
        using var first = await Testing.AsAsync(Roles.JobSeeker);
        using var second = await Testing.AsAsync(Roles.JobSeeker);
        await (await first.SendJsonAsync(HttpMethod.Post, $"/api/v1/profiles/{profile}/claim", new JsonObject { ["code"] = code })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var before = await admin.SnapshotAsync($"/api/v1/profiles/{profile}");

        var again = await second.SendJsonAsync(HttpMethod.Post, $"/api/v1/profiles/{profile}/claim", new JsonObject { ["code"] = code });

        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await admin.SnapshotAsync($"/api/v1/profiles/{profile}")).ShouldBe(before);
        await (await first.GetAsync($"/api/v1/profiles/{profile}")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await second.GetAsync($"/api/v1/profiles/{profile}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<string> ClaimCodeAsync(HttpClient staff, Guid profileId)
    {
        var issued = await staff.SendJsonAsync(HttpMethod.Post, $"/api/v1/profiles/{profileId}/claim-code", new JsonObject());
        await issued.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await issued.JsonAsync()).GetProperty("code").GetString()!;
    }

    /// <summary>Arranges the role's attempt, sends it and checks status and effect; null when both are as expected, else what was seen.</summary>
    private static async Task<string?> TryAsync(World world, OwnershipCase write, string role, bool own, Expectation expectation)
    {
        HttpStatusCode[] refused = expectation.Allowed ? write.RefusedOnAnothers ?? ForbiddenOrNotFound : [HttpStatusCode.Forbidden];
        var attempt = await write.Arrange(world, role, own);
        var before = await attempt.ReadBack();
        if (attempt.Took(before))
        {
            return "arranged with the effect already in place";
        }

        using var request = new HttpRequestMessage(new HttpMethod(write.Method), attempt.Url);
        if (attempt.Body is not null)
        {
            request.Content = new StringContent(attempt.Body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        // The coins writes need one; the others ignore it.
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var status = (await attempt.Client.SendAsync(request)).StatusCode;
        var after = await attempt.ReadBack();
        var took = attempt.Took(after);
        var unchanged = after.GetRawText() == before.GetRawText();
        var ok = expectation.Succeeds(own)
            ? (int)status is >= 200 and < 300 && took
            : refused.Contains(status) && unchanged;
        return ok ? null : $"{(int)status} ({(took ? "took effect" : unchanged ? "unchanged" : "changed")})";
    }

    private sealed record OwnershipCase(
        string Method,
        string Path,
        string[] HeldToTheirOwn,
        Func<World, string, bool, Task<Attempt>> Arrange,
        HttpStatusCode[]? RefusedOnAnothers = null) : IMatrixWrite;

    /// <summary>Who sends what where, how its effect is read back, and whether what was read shows the effect.</summary>
    private sealed record Attempt(HttpClient Client, string Url, JsonNode? Body, Func<Task<JsonElement>> ReadBack, Func<JsonElement, bool> Took);

    /// <summary>
    /// A signed-in client per role (the employer at a partner organisation, the job seeker with a
    /// profile and coins), a second coach, a neighbour with a profile and coins of their own, a
    /// volunteer without an account, and an offer at each of two partners.
    /// </summary>
    private sealed class World : IAsyncDisposable
    {
        private readonly HttpClient _admin;
        private readonly Dictionary<string, HttpClient> _clients;
        private readonly Dictionary<string, Guid> _userIds;
        private readonly List<HttpClient> _extra = [];
        private Guid _forklift;
        private Guid _partner;
        private Guid _otherPartner;
        private Guid _otherCoach;
        private HttpClient _neighbour = null!;
        private Guid _neighbourId;
        private Guid _neighbourProfile;
        private Guid _seekerProfile;
        private Guid _volunteer;
        private Guid _offer;
        private Guid _otherOffer;

        private World(HttpClient admin, Dictionary<string, HttpClient> clients, Dictionary<string, Guid> userIds)
        {
            _admin = admin;
            _clients = clients;
            _userIds = userIds;
        }

        public static async Task<World> ArrangeAsync()
        {
            var admin = await Testing.AsAdminAsync();
            var partner = await PartnerAsync(admin, "Eigen partner");
            var clients = new Dictionary<string, HttpClient>();
            var userIds = new Dictionary<string, Guid>();
            foreach (var role in Roles.All)
            {
                var account = await Testing.CreateAccountAsync(role, role == Roles.Employer ? partner : null);
                clients[role] = await Testing.SignedInAsync(account.Email, account.Password);
                userIds[role] = account.Id;
            }

            var world = new World(admin, clients, userIds) { _partner = partner };
            (world._forklift, _, _) = await ThreeUnrelatedCompetencesAsync();
            world._otherPartner = await PartnerAsync(admin, "Andere partner");
            world._otherCoach = (await Testing.CreateAccountAsync(Roles.Coach)).Id;
            var neighbour = await Testing.CreateAccountAsync(Roles.JobSeeker);
            world._neighbour = await Testing.SignedInAsync(neighbour.Email, neighbour.Password);
            world._neighbourId = neighbour.Id;
            world._seekerProfile = await CreateProfileAsync(clients[Roles.JobSeeker], "Eigen persoon", [Has(world._forklift)], seeks: ["job", "volunteering"]);
            world._neighbourProfile = await CreateProfileAsync(world._neighbour, "Buur", [Has(world._forklift)], seeks: ["job", "volunteering"]);
            world._volunteer = await CreateProfileAsync(admin, "Vrijwilliger zonder account", [Has(world._forklift)], seeks: ["volunteering"]);
            foreach (var profile in new[] { world._seekerProfile, world._neighbourProfile })
            {
                await PostAsync(admin, "/api/v1/coins/awards", new JsonObject { ["profileId"] = profile.ToString(), ["amount"] = 100, ["reason"] = "Buurtfeest mee opgezet" });
            }

            world._offer = (await PostAsync(admin, "/api/v1/coins/offers", OfferBody(partner))).Id();
            world._otherOffer = (await PostAsync(admin, "/api/v1/coins/offers", OfferBody(world._otherPartner))).Id();
            return world;
        }

        /// <summary>
        /// The person declines a proposal on their own match (another person's: 403); a coach accepts for
        /// a person they coach who has no account, saying how they asked (another coach's person: 403);
        /// an employer marks done an accepted match on their organisation's request (another's: 403).
        /// Staff, and roles outside the policy, try what a coach does.
        /// </summary>
        public async Task<Attempt> TransitionAsync(string role, bool own)
        {
            switch (role)
            {
                case Roles.JobSeeker:
                    var answer = await JobMatchAsync(own ? _seekerProfile : _neighbourProfile, MatchState.Proposed);
                    return MatchWrite(role, answer, "transitions", new JsonObject { ["to"] = "declined" }, m => State(m) == "declined");
                case Roles.Employer:
                    var request = await CreateVolunteerRequestAsync(OpportunityStatus.Open, [Preferred(_forklift)], own ? _partner : _otherPartner);
                    var done = await MatchmakingTestData.AddMatchInStateAsync(_volunteer, request, MatchState.Accepted);
                    return MatchWrite(role, done, "transitions", new JsonObject { ["to"] = "done" }, m => State(m) == "done");
                default:
                    var onBehalf = await JobMatchAsync(await CoachedPersonAsync(own && role == Roles.Coach), MatchState.Proposed);
                    return MatchWrite(role, onBehalf, "transitions", new JsonObject { ["to"] = "accepted", ["reason"] = HowThePersonAsked }, m => State(m) == "accepted");
            }
        }

        /// <summary>The person withdraws consent on their own accepted match; a coach (and staff) for a coached person without an account.</summary>
        public async Task<Attempt> WithdrawConsentAsync(string role, bool own)
        {
            var (profile, body) = role == Roles.JobSeeker
                ? (own ? _seekerProfile : _neighbourProfile, new JsonObject())
                : (await CoachedPersonAsync(own && role == Roles.Coach), new JsonObject { ["reason"] = HowThePersonAsked });
            var match = await JobMatchAsync(profile, MatchState.Accepted);
            return MatchWrite(role, match, "consent/withdraw", body, m => m.GetProperty("consent").GetProperty("withdrawnAt").ValueKind != JsonValueKind.Null);
        }

        /// <summary>A coach records the outcome of the placement of a person they coach.</summary>
        public async Task<Attempt> RecordOutcomeAsync(string role, bool own)
        {
            var match = await JobMatchAsync(await CoachedPersonAsync(own && role == Roles.Coach), MatchState.Placed);
            var body = new JsonObject { ["stillWorking"] = false, ["reason"] = "Werkt nu bij een andere werkgever." };
            return MatchWrite(role, match, "outcome", body, m => m.GetProperty("outcome").ValueKind != JsonValueKind.Null);
        }

        /// <summary>A volunteer offers help on an open request of a neighbour; the match it makes is read from the request's matches.</summary>
        public async Task<Attempt> OfferHelpAsync(string role)
        {
            var request = await CreateVolunteerRequestAsync(OpportunityStatus.Open, [Preferred(_forklift)]);
            return new Attempt(_clients[role], $"/api/v1/volunteer-requests/{request}/offers", null, () => AdminReadAsync($"/api/v1/matches?volunteerRequestId={request}"), NotEmpty);
        }

        /// <summary>The person logs hours on their own accepted match; staff for anyone (here the neighbour).</summary>
        public async Task<Attempt> LogHoursAsync(string role, bool own)
        {
            var profile = own && role == Roles.JobSeeker ? _seekerProfile : _neighbourProfile;
            var request = await CreateVolunteerRequestAsync(OpportunityStatus.Open, [Preferred(_forklift)]);
            await MatchmakingTestData.AddMatchInStateAsync(profile, request, MatchState.Accepted);
            var body = new JsonObject
            {
                ["profileId"] = profile.ToString(),
                ["date"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"),
                ["hours"] = 2,
            };
            return new Attempt(_clients[role], $"/api/v1/volunteer-requests/{request}/hours", body, () => AdminReadAsync($"/api/v1/volunteer-requests/{request}/hours"), NotEmpty);
        }

        /// <summary>
        /// The requester confirms a volunteer's hours: the person on the request they asked (another
        /// neighbour's: 403), the employer on their organisation's (another's: 403), managers on a neighbour's behalf.
        /// </summary>
        public async Task<Attempt> ConfirmHoursAsync(string role, bool own)
        {
            var request = role switch
            {
                Roles.Employer => await CreateVolunteerRequestAsync(OpportunityStatus.Open, [Preferred(_forklift)], own ? _partner : _otherPartner),
                Roles.JobSeeker => await CreateVolunteerRequestAsync(OpportunityStatus.Open, [Preferred(_forklift)], askedBy: own ? _userIds[role] : _neighbourId),
                _ => await CreateVolunteerRequestAsync(OpportunityStatus.Open, [Preferred(_forklift)], askedBy: _neighbourId),
            };
            var entry = await MatchmakingTestData.AddVolunteerHoursAsync(request, _volunteer);
            return new Attempt(
                _clients[role],
                $"/api/v1/volunteer-requests/{request}/hours/{entry}/confirm",
                null,
                () => AdminReadAsync($"/api/v1/volunteer-requests/{request}/hours"),
                hours => hours.GetProperty("items").EnumerateArray().Any(h => h.GetProperty("confirmed").GetBoolean()));
        }

        /// <summary>Everyone marks their own notification read; another user's is not found, and stays unread as its recipient reads it.</summary>
        public async Task<Attempt> MarkReadAsync(string role, bool own)
        {
            var (recipientId, recipient) = own ? (_userIds[role], _clients[role]) : (_neighbourId, _neighbour);
            var notification = await MatchmakingTestData.AddNotificationAsync(recipientId, NotificationType.ProposalMade, Guid.NewGuid(), DateTime.UtcNow);
            return new Attempt(
                _clients[role],
                $"/api/v1/notifications/{notification}/read",
                null,
                async () => (await recipient.ListAsync("/api/v1/notifications?pageSize=200")).GetProperty("items").EnumerateArray().Single(n => n.Id() == notification),
                n => n.GetProperty("readAt").ValueKind != JsonValueKind.Null);
        }

        /// <summary>The person cancels their own reservation (another person's is not found); the release shows in the wallet.</summary>
        public async Task<Attempt> CancelReservationAsync(string role, bool own)
        {
            var (owner, profile) = own && role == Roles.JobSeeker ? (_clients[role], _seekerProfile) : (_neighbour, _neighbourProfile);
            var reservation = (await PostAsync(owner, $"/api/v1/coins/offers/{_offer}/reservations")).Id();
            return new Attempt(
                _clients[role],
                $"/api/v1/coins/reservations/{reservation}/cancel",
                null,
                () => AdminReadAsync($"/api/v1/coins/wallets/{profile}?pageSize=200"),
                wallet => wallet.GetProperty("history").GetProperty("items").EnumerateArray()
                    .Any(e => e.GetProperty("kind").GetString() == "release" && e.GetProperty("reservationId").GetString() == reservation.ToString()));
        }

        /// <summary>The partner redeems a code for its own offer (another partner's: 403); the redemption shows on the partner's settlement.</summary>
        public async Task<Attempt> RedeemAsync(string role, bool own)
        {
            var (offer, partner) = own || role != Roles.Employer ? (_offer, _partner) : (_otherOffer, _otherPartner);
            var reservation = await PostAsync(_neighbour, $"/api/v1/coins/offers/{offer}/reservations");
            var month = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Brussels").ToString("yyyy-MM");
            return new Attempt(
                _clients[role],
                $"/api/v1/coins/redemptions/{reservation.GetProperty("code").GetString()}/redeem",
                null,
                () => AdminReadAsync($"/api/v1/coins/partners/{partner}/settlements/{month}"),
                settlement => settlement.GetProperty("lines").EnumerateArray().Any(l => l.GetProperty("reservationId").GetGuid() == reservation.Id()));
        }

        /// <summary>
        /// A person without a profile claims the profile the code was issued for; the same code on
        /// another profile (which has a code of its own) claims nothing.
        /// </summary>
        public async Task<Attempt> ClaimAsync(string role, bool own)
        {
            var client = _clients[role];
            if (role == Roles.JobSeeker)
            {
                // Someone who owns a profile claims no other, so each claim is by a new person.
                var person = await Testing.CreateAccountAsync(Roles.JobSeeker);
                client = await Testing.SignedInAsync(person.Email, person.Password);
                _extra.Add(client);
            }

            var issuedFor = await CreateProfileAsync(_admin, "Persoon zonder account", [Has(_forklift)]);
            var code = await ClaimCodeAsync(_admin, issuedFor);
            var target = issuedFor;
            if (!own)
            {
                target = await CreateProfileAsync(_admin, "Andere persoon zonder account", [Has(_forklift)]);
                await ClaimCodeAsync(_admin, target);
            }

            return new Attempt(
                client,
                $"/api/v1/profiles/{target}/claim",
                new JsonObject { ["code"] = code },
                () => AdminReadAsync($"/api/v1/profiles/{target}"),
                profile => profile.GetProperty("claimed").GetBoolean());
        }

        public ValueTask DisposeAsync()
        {
            foreach (var client in _clients.Values.Concat(_extra).Append(_neighbour).Append(_admin))
            {
                client.Dispose();
            }

            return ValueTask.CompletedTask;
        }

        private static bool NotEmpty(JsonElement list) => list.GetProperty("total").GetInt32() > 0;

        private static string? State(JsonElement match) => match.GetProperty("state").GetString();

        private static JsonObject OfferBody(Guid partner) => new()
        {
            ["partnerOrganisationId"] = partner.ToString(),
            ["title"] = "Zwembeurt",
            ["price"] = 1,
            ["stock"] = 100,
            ["validUntil"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"),
        };

        private static async Task<Guid> PartnerAsync(HttpClient admin, string name)
        {
            var body = OrganisationBody(name, "2060");
            body["kind"] = "partner";
            return (await admin.CreateAsync("/api/v1/organisations", body)).Id();
        }

        private Attempt MatchWrite(string role, Guid match, string action, JsonNode body, Func<JsonElement, bool> took) =>
            new(_clients[role], $"/api/v1/matches/{match}/{action}", body, () => AdminReadAsync($"/api/v1/matches/{match}"), took);

        /// <summary>A job match in the state, on an open vacancy of its own (one open match per person and vacancy).</summary>
        private async Task<Guid> JobMatchAsync(Guid profile, MatchState state)
        {
            var vacancy = await CreateVacancyAsync(_otherPartner, OpportunityStatus.Open, [Required(_forklift)]);
            return await MatchmakingTestData.AddMatchInStateAsync(profile, vacancy, state);
        }

        /// <summary>A person without an account, coached by the coach of the matrix or by the other coach.</summary>
        private async Task<Guid> CoachedPersonAsync(bool byTheCoach)
        {
            var profile = await CreateProfileAsync(_admin, "Begeleide persoon", [Has(_forklift)]);
            var coach = byTheCoach ? _userIds[Roles.Coach] : _otherCoach;
            var assigned = await _admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/profiles/{profile}/coach", new JsonObject { ["coachUserId"] = coach.ToString(), ["reason"] = "Intake" });
            await assigned.ShouldHaveStatusAsync(HttpStatusCode.OK);
            return profile;
        }

        private async Task<JsonElement> AdminReadAsync(string url)
        {
            var response = await _admin.GetAsync(url);
            await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            return await response.JsonAsync();
        }

        /// <summary>A coins write (with its Idempotency-Key) that must succeed.</summary>
        private static async Task<JsonElement> PostAsync(HttpClient client, string url, JsonNode? body = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(body?.ToJsonString() ?? "{}", Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            var response = await client.SendAsync(request);
            await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
            return await response.JsonAsync();
        }
    }
}
