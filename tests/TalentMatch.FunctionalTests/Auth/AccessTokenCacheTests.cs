using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalentMatch.Api.Web;
using TalentMatch.FunctionalTests.Infrastructure;

namespace TalentMatch.FunctionalTests.Auth;

/// <summary>An access token read once is kept in memory: only for its exact text, as a copy, and never past its expiry.</summary>
public sealed class AccessTokenCacheTests : FunctionalTest
{
    [Test]
    public async Task AccessToken_ReadAgain_IsAcceptedAndAnAlteredCopyIsNot()
    {
        using var admin = await Testing.AsAdminAsync();
        var token = admin.DefaultRequestHeaders.Authorization!.Parameter!;

        await (await admin.GetAsync("/api/v1/languages")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await admin.GetAsync("/api/v1/languages")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        using var altered = Testing.Anonymous();
        altered.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1]);
        (await altered.GetAsync("/api/v1/languages")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public void Unprotect_Twice_GivesEqualCopiesAndStopsReusingAtTheTicketsExpiry()
    {
        var options = Testing.Factory.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
        options.BearerTokenProtector.ShouldBeOfType<CachedBearerTickets>();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var counting = new CountingFormat(options.BearerTokenProtector);
        var tickets = new CachedBearerTickets(counting, clock);
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Role, "matchmaker")], "test"));
        var token = tickets.Protect(new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = clock.GetUtcNow().AddMinutes(2) }, IdentityConstants.BearerScheme));

        var first = tickets.Unprotect(token).ShouldNotBeNull();
        var second = tickets.Unprotect(token).ShouldNotBeNull();

        counting.Reads.ShouldBe(1);
        second.Principal.ShouldNotBeSameAs(first.Principal);
        second.Principal.Claims.Select(c => (c.Type, c.Value)).ShouldBe(principal.Claims.Select(c => (c.Type, c.Value)));
        tickets.Unprotect("not-a-token").ShouldBeNull();

        // Kept until the ticket's own expiry (2 minutes, before the 5 minutes a ticket is kept at most), then read again.
        clock.Now = clock.Now.AddMinutes(2);
        tickets.Unprotect(token).ShouldNotBeNull();
        counting.Reads.ShouldBe(2);
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>The real format, counting how often a valid token is actually decrypted.</summary>
    private sealed class CountingFormat(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
    {
        public int Reads { get; private set; }

        public string Protect(AuthenticationTicket data) => inner.Protect(data);

        public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            var ticket = inner.Unprotect(protectedText, purpose);
            Reads += ticket is null ? 0 : 1;
            return ticket;
        }
    }
}
