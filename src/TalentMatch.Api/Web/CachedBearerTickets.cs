using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;

namespace TalentMatch.Api.Web;

/// <summary>
/// The access-token format with the tickets it has read kept in memory: a signed-in client sends the
/// same token with every request, and reading it (decrypting and checking its MAC, then deserialising
/// the claims) was the largest cost of authentication. The cache is keyed by the whole token, so only
/// its holder gets the ticket back; each request gets its own copy of the principal. A ticket is kept
/// at most <see cref="KeepFor"/>, and the bearer handler still checks its expiry on every request.
/// Issuing tokens is unchanged.
/// </summary>
internal sealed class CachedBearerTickets(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider clock) : ISecureDataFormat<AuthenticationTicket>
{
    /// <summary>How long a read ticket is reused, so a change of the data-protection key ring is seen within it.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(5);

    /// <summary>At most this many tokens are kept; when full, the cache starts over.</summary>
    public const int MaxTickets = 10_000;

    private readonly ConcurrentDictionary<string, (AuthenticationTicket Ticket, DateTimeOffset Until)> _tickets = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }

        var now = clock.GetUtcNow();
        if (!_tickets.TryGetValue(protectedText, out var kept) || kept.Until <= now)
        {
            var ticket = inner.Unprotect(protectedText);
            if (ticket is null)
            {
                _tickets.TryRemove(protectedText, out _);
                return null;
            }

            if (_tickets.Count >= MaxTickets)
            {
                _tickets.Clear();
            }

            kept = (ticket, ticket.Properties.ExpiresUtc is { } expires && expires < now + KeepFor ? expires : now + KeepFor);
            _tickets[protectedText] = kept;
        }

        // A copy per request: the handler hands the principal to the request as its user.
        return new AuthenticationTicket(kept.Ticket.Principal.Clone(), kept.Ticket.Properties.Clone(), kept.Ticket.AuthenticationScheme);
    }
}

/// <summary>Wraps the access-token format of every bearer scheme in <see cref="CachedBearerTickets"/>, after the framework has set it.</summary>
internal sealed class CacheBearerTickets(TimeProvider clock) : IPostConfigureOptions<BearerTokenOptions>
{
    public void PostConfigure(string? name, BearerTokenOptions options)
    {
        if (options.BearerTokenProtector is not CachedBearerTickets)
        {
            options.BearerTokenProtector = new CachedBearerTickets(options.BearerTokenProtector, clock);
        }
    }
}
