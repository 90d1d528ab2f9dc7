using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Notifications;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Profiles;
using TalentMatch.FunctionalTests.Infrastructure;
using TalentMatch.Infrastructure.Notifications;
using static TalentMatch.FunctionalTests.Infrastructure.MatchmakingTestData;

namespace TalentMatch.FunctionalTests.Notifications;

/// <summary>
/// E-mail delivery on a host of its own with e-mail turned on and SMTP's pickup directory: each
/// e-mail is written there as an .eml file. Passes run only when a test asks for one.
/// </summary>
public sealed class NotificationEmailTests
{
    private const string From = "noreply@talentmatch.test";

    private readonly string _pickup = Path.Combine(Path.GetTempPath(), "talentmatch-tests", "mail-" + Guid.NewGuid().ToString("N"));
    private TalentMatchFactory _factory = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new TalentMatchFactory(new Dictionary<string, string?>
        {
            ["Notifications:Email:Enabled"] = "true",
            ["Notifications:Email:From"] = From,
            ["Notifications:Email:PickupDirectory"] = _pickup,
            // The background pass never comes round during a test run.
            ["Notifications:Email:IntervalSeconds"] = "86400",
        });
        await _factory.InitialiseAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _factory.DisposeAsync();
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }

    [SetUp]
    public async Task ResetAsync()
    {
        await _factory.ResetAsync();
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }

    [Test]
    public async Task Dispatch_WritesTheEmailToTheRecipient_WithoutPersonalDataOfThePerson()
    {
        var coachId = await AccountAsync("coach.mail@test.local", Roles.Coach);
        var profileId = await PersonAsync("Amina Verstraete", "amina.private@example.org", "+32 470 99 88 77", "2660");
        var match = await AddMatchInStateAsync(profileId, await NeighbourRequestAsync(), MatchState.Accepted, _factory);
        var id = await AddNotificationAsync(coachId, NotificationType.ConsentWithdrawn, match, DateTime.UtcNow, _factory);

        var sent = await DispatchAsync();

        sent.ShouldBe(1);
        var mail = Eml.Read(Directory.GetFiles(_pickup, "*.eml").ShouldHaveSingleItem());
        mail.Header("To").ShouldContain("coach.mail@test.local");
        mail.Header("From").ShouldContain(From);
        mail.Subject.ShouldBe("TalentMatch: Iemand heeft de toestemming voor een match ingetrokken.");
        mail.Body.ShouldContain("Someone withdrew their consent for a match.");
        mail.Body.ShouldContain("Quelqu'un a retiré son consentement pour un match.");
        var everything = mail.Raw + mail.Subject + mail.Body;
        foreach (var personal in new[] { "Amina", "Verstraete", "amina.private", "470 99 88 77", "2660", profileId.ToString() })
        {
            everything.ShouldNotContain(personal, Case.Insensitive);
        }

        var notification = await NotificationAsync(id);
        notification.SentAt.ShouldNotBeNull();
        notification.SendAttempts.ShouldBe(1);
        (await DispatchAsync()).ShouldBe(0);
        Directory.GetFiles(_pickup, "*.eml").Length.ShouldBe(1);
    }

    [Test]
    public async Task Dispatch_SendsOldestFirst_AndEachOnce()
    {
        var matchmaker = await AccountAsync("matchmaker.mail@test.local", Roles.Matchmaker);
        var now = DateTime.UtcNow;
        var newer = await AddNotificationAsync(matchmaker, NotificationType.AnswerGiven, Guid.NewGuid(), now, _factory);
        var older = await AddNotificationAsync(matchmaker, NotificationType.CheckInOverdue, Guid.NewGuid(), now.AddMinutes(-5), _factory);

        var sent = await DispatchAsync();

        sent.ShouldBe(2);
        var subjects = Directory.GetFiles(_pickup, "*.eml").Select(Eml.Read).Select(m => m.Subject).Order(StringComparer.Ordinal).ToList();
        subjects.ShouldBe(["TalentMatch: Een nazorggesprek is te laat.", "TalentMatch: Iemand heeft op een voorstel geantwoord."]);

        // The order of sending, by the time each was marked sent (a file's write time is too coarse on Linux to order two).
        var olderSentAt = (await NotificationAsync(older)).SentAt.ShouldNotBeNull();
        var newerSentAt = (await NotificationAsync(newer)).SentAt.ShouldNotBeNull();
        olderSentAt.ShouldBeLessThan(newerSentAt);
    }

    [Test]
    public async Task Dispatch_TwoDispatchersOnOneDatabase_SendEachNotificationOnce()
    {
        var matchmaker = await AccountAsync("matchmaker.race@test.local", Roles.Matchmaker);
        var now = DateTime.UtcNow;
        var ids = new List<Guid>();
        for (var i = 0; i < 2 * NotificationDispatcher.BatchSize + 7; i++)
        {
            ids.Add(await AddNotificationAsync(matchmaker, NotificationType.AnswerGiven, Guid.NewGuid(), now.AddSeconds(-i), _factory));
        }

        var sent = await Task.WhenAll(Task.Run(DispatchAsync), Task.Run(DispatchAsync));

        sent.Sum().ShouldBe(ids.Count);
        Directory.GetFiles(_pickup, "*.eml").Length.ShouldBe(ids.Count);
        var rows = await WithDbAsync(_factory, db => db.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id)).ToListAsync());
        rows.ShouldAllBe(n => n.SentAt != null && n.SendAttempts == 1 && n.ClaimedBy != null);
    }

    [Test]
    public async Task Dispatch_LeavesANotificationLeasedByAnotherInstance_UntilTheLeaseRunsOut()
    {
        var matchmaker = await AccountAsync("matchmaker.lease@test.local", Roles.Matchmaker);
        var held = await AddNotificationAsync(matchmaker, NotificationType.AnswerGiven, Guid.NewGuid(), DateTime.UtcNow, _factory);
        var expired = await AddNotificationAsync(matchmaker, NotificationType.CheckInDue, Guid.NewGuid(), DateTime.UtcNow, _factory);
        await LeaseAsync(held, "other-instance", DateTime.UtcNow.AddMinutes(5));
        await LeaseAsync(expired, "crashed-instance", DateTime.UtcNow.AddMinutes(-1));

        (await DispatchAsync()).ShouldBe(1);

        (await NotificationAsync(held)).SentAt.ShouldBeNull();
        (await NotificationAsync(expired)).SentAt.ShouldNotBeNull();
        await LeaseAsync(held, "other-instance", DateTime.UtcNow.AddMinutes(-1));
        (await DispatchAsync()).ShouldBe(1);
        (await NotificationAsync(held)).SentAt.ShouldNotBeNull();
    }

    [Test]
    public async Task Dispatch_WhenTheRecipientHasNoAccount_CountsFailedAttemptsUntilTheMaximum()
    {
        var id = await AddNotificationAsync(Guid.NewGuid(), NotificationType.CheckInDue, Guid.NewGuid(), DateTime.UtcNow, _factory);

        for (var pass = 0; pass < 7; pass++)
        {
            (await DispatchAsync()).ShouldBe(0);
        }

        var notification = await NotificationAsync(id);
        notification.SentAt.ShouldBeNull();
        notification.SendAttempts.ShouldBe(5);
        notification.LastSendError.ShouldNotBeNullOrWhiteSpace();
        Directory.Exists(_pickup).ShouldBeFalse();
    }

    [Test]
    public void Start_WhenEmailIsOnWithoutSenderOrServer_RefusesToStart()
    {
        using var broken = new TalentMatchFactory(new Dictionary<string, string?> { ["Notifications:Email:Enabled"] = "true" });

        var error = Should.Throw<OptionsValidationException>(() => broken.Services);

        error.Failures.ShouldContain(f => f.Contains("Notifications:Email:From"));
        error.Failures.ShouldContain(f => f.Contains("Notifications:Email:Host"));
    }

    private async Task<int> DispatchAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().DispatchOnceAsync(CancellationToken.None);
    }

    private Task<int> LeaseAsync(Guid id, string claimedBy, DateTime until) =>
        WithDbAsync(_factory, db => db.Notifications.Where(n => n.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ClaimedBy, claimedBy).SetProperty(n => n.LeaseUntil, until)));

    private async Task<Guid> AccountAsync(string email, string role)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<IIdentityService>().CreateUserAsync(email, "Test-Password-123", role, null, CancellationToken.None);
        return created.UserId;
    }

    private Task<Guid> PersonAsync(string name, string email, string phone, string postcode) =>
        WithDbAsync(_factory, async db =>
        {
            var profile = new TalentProfile(Staff, null, DateTime.UtcNow);
            profile.Update(new ProfileDetails(name, postcode, email, phone, SeeksJob: false, SeeksVolunteering: true, HoursPerWeek: 8, MaxTravelKm: 0, ProfileVisibility.Matchable, []));
            db.Profiles.Add(profile);
            await db.SaveChangesAsync();
            return profile.Id;
        });

    private Task<Guid> NeighbourRequestAsync() =>
        WithDbAsync(_factory, async db =>
        {
            var request = new VolunteerRequest(Staff, DateTime.UtcNow);
            request.Describe(
                new OpportunityDetails(null, "Boodschappen", null, "2660", false, [], [], [], OpportunityStatus.Draft),
                new VolunteerTerms("Mevrouw Peeters", null, null, null, 2, 1, Neighbourhood: false),
                DateTime.UtcNow);
            db.VolunteerRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });

    private Task<Notification> NotificationAsync(Guid id) =>
        WithDbAsync(_factory, db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id));

    /// <summary>Just enough of an .eml file to check it: unfolded headers, an RFC 2047 subject and a quoted-printable or base64 body.</summary>
    private sealed record Eml(string Raw, IReadOnlyDictionary<string, string> Headers, string Subject, string Body)
    {
        public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";

        public static Eml Read(string path)
        {
            var raw = File.ReadAllText(path);
            var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var headers = Regex.Replace(raw[..split], "\r\n[ \t]+", " ")
                .Split("\r\n")
                .Select(line => line.Split(':', 2))
                .GroupBy(parts => parts[0].Trim(), StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.OrdinalIgnoreCase);
            var body = raw[(split + 4)..];
            var encoding = headers.GetValueOrDefault("Content-Transfer-Encoding", "").ToLowerInvariant();
            var decoded = encoding switch
            {
                "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, @"\s", ""))),
                "quoted-printable" => QuotedPrintable(body.Replace("=\r\n", "", StringComparison.Ordinal)),
                _ => body,
            };
            return new Eml(raw, headers, EncodedWords(headers.GetValueOrDefault("Subject", "")), decoded);
        }

        private static string EncodedWords(string text) =>
            Regex.Replace(text.Replace("?= =?", "?==?", StringComparison.Ordinal), @"=\?utf-8\?([BQ])\?(.*?)\?=", m => m.Groups[1].Value.ToUpperInvariant() == "B"
                ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[2].Value))
                : QuotedPrintable(m.Groups[2].Value.Replace('_', ' ')), RegexOptions.IgnoreCase);

        private static string QuotedPrintable(string text)
        {
            var bytes = new List<byte>();
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '=' && i + 2 < text.Length && byte.TryParse(text.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
                {
                    bytes.Add(value);
                    i += 2;
                }
                else
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
                }
            }

            return Encoding.UTF8.GetString(bytes.ToArray());
        }
    }
}
